// A `oneOf` whose branches differ only in value restrictions: once the tolerant reader relaxes those, a value
// may fit two branches, and "exactly one" would turn a valid event away. Validators are generated from a copy
// of the spec in which every string property is such a `oneOf`; every spec example must still pass both modes.
import { expect, test } from "vitest";
import { type JsonObject, isObject } from "../../../scripts/lib/spec.ts";
import { buildValidators } from "../../helpers/validators.ts";
import { spec, specEvents } from "./spec-events.ts";

test("a oneOf whose branches overlap once relaxed still accepts what the spec accepts, in both modes", async () => {
  const copy = structuredClone(spec);
  let wrapped = 0;
  for (const schema of Object.values((copy.components as JsonObject).schemas as JsonObject)) {
    if (!isObject(schema) || !isObject(schema.properties)) continue;
    for (const [name, property] of Object.entries(schema.properties)) {
      if (!isObject(property) || ![property.type].flat().includes("string") || property.oneOf !== undefined) continue;
      // No value in the examples is a million characters long: strictly only the original branch fits;
      // relaxed (minLength is a value restriction), both do.
      schema.properties[name] = { oneOf: [property, { type: "string", minLength: 1_000_000 }] };
      wrapped++;
    }
  }
  expect(wrapped).toBeGreaterThan(0);
  const { webhookValidators } = buildValidators(copy);
  for (const e of specEvents()) {
    const { validate } = webhookValidators[e.type]!;
    expect(validate(e.event), `${e.name} tolerant: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate.call({ strict: true }, e.event), `${e.name} strict: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
});
