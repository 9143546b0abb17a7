// Inlining a $ref with siblings: JSON Schema applies both, so a sibling may add a keyword or replace an
// annotation, but never silently replace an assertion of the referenced schema (a looser bound would win).
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { type JsonObject, deref, inlineSchema, listOperations, loadSpec, requestBodySchema } from "../../scripts/lib/spec.ts";
import { specPath } from "../helpers/paths.ts";
import { requestExample } from "../helpers/spec-examples.ts";
import { buildValidators } from "../helpers/validators.ts";

const root: JsonObject = {
  components: { schemas: { Amount: { type: "integer", minimum: 1, maximum: 100, description: "minor units", "x-error-code": "invalid_amount" } } },
};
const ref = "#/components/schemas/Amount";

test("a sibling that asserts what the target asserts applies beside it (allOf), as JSON Schema reads a $ref with siblings", () => {
  const looser = { $ref: ref, maximum: 1_000_000, type: "number" };
  const inlined = inlineSchema(root, looser) as JsonObject;
  expect(inlined.maximum).toBe(100);
  expect(inlined.allOf).toEqual([{ maximum: 1_000_000 }, { type: "number" }]);
  // Judged as a validator judges the original: with the $ref target in place, 500 and 1.5 fail either way.
  const ajv = new Ajv2020({ strict: false });
  const original = ajv.compile({ ...looser, $ref: "#/$defs/Amount", $defs: { Amount: (root.components as JsonObject).schemas && ((root.components as JsonObject).schemas as JsonObject).Amount } });
  const flat = ajv.compile(inlined);
  for (const value of [0, 1, 50, 100, 101, 500, 1.5, 2_000_000, "7"]) expect(flat(value), String(value)).toBe(original(value));
});

test("new keywords, annotations and x- extensions beside a $ref are kept, the sibling's annotation winning", () => {
  expect(inlineSchema(root, { $ref: ref, description: "what a refund may take back", multipleOf: 5, "x-error-code": "refund_exceeds_payment" })).toEqual({
    type: "integer", minimum: 1, maximum: 100, description: "what a refund may take back", multipleOf: 5, "x-error-code": "refund_exceeds_payment",
  });
});

test("the SDK's validators apply both: a looser bound beside a $ref does not loosen the referenced schema's", () => {
  const spec = loadSpec(specPath);
  // A request body property that is a $ref to a schema with a maximum; beside it, a maximum 1000 higher.
  const [op, prop, target] = listOperations(spec).flatMap((o) => {
    const body = requestBodySchema(spec, o);
    const schema = body && (deref(spec, body.schema) as JsonObject);
    return Object.entries((schema?.properties ?? {}) as JsonObject)
      .filter(([, p]) => typeof (p as JsonObject).$ref === "string" && typeof (deref(spec, p) as JsonObject).maximum === "number")
      .map(([name, p]) => [o, name, p as JsonObject] as const);
  })[0]!;
  const maximum = (deref(spec, target) as JsonObject).maximum as number;
  target.maximum = maximum + 1000;
  const validate = buildValidators(spec).requestValidators[op.operationId]!.body!.validate;
  const body = { ...(requestExample(op.operationId) as JsonObject), [prop]: maximum + 1 };
  expect(validate(body)).toBe(false);
  expect(validate.errors!.map((e) => e.schemaPath)).toContain(`#/properties/${prop}/maximum`);
  expect(validate({ ...body, [prop]: maximum + 1001 })).toBe(false);
});
