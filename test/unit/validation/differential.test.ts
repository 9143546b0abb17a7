// The SDK's schema checker (src/validation/schema-check.ts) against ajv, the reference implementation the
// validators were compiled with before: for every schema the generated modules hold, on valid values, on values
// breaking exactly one constraint (the conformance engine's), and on arbitrary JSON, both must give the same
// verdict and the same errors (place, schema path, keyword, params, message) in the same order. Webhook events
// are checked in both modes (tolerant, and strict through `this.strict`).
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { arbitraryFor, validExample, violations } from "../../../packages/sandbox/src/conformance/schema/index.ts";
import { addTolerantKeywords } from "../../../scripts/gen/tolerant.ts";
import { type Json, type JsonObject, inlineSchema, listOperations, requestBodySchema } from "../../../scripts/lib/spec.ts";
import { formatTable, unknownKeywords, validatorFormats, validatorSchemas } from "../../../scripts/gen/validators.ts";
import { type Schema, type SchemaError, compileSchema } from "../../../src/validation/schema-check.ts";
import { spec, specEvents } from "../webhooks/spec-events.ts";

const schemas = validatorSchemas(spec);

function oracle(mode: "full" | "fast", tolerant: boolean) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, passContext: true, validateSchema: false });
  addFormats.default(ajv, { mode });
  if (tolerant) addTolerantKeywords(ajv);
  return ajv;
}

/** The fields the SDK reads. An event's schemaPath is not one of them (ajv writes it from where it inlined a $ref). */
const project = (errors: readonly (ErrorObject | SchemaError)[] | null | undefined, withSchemaPath: boolean) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, ...(withSchemaPath ? { schemaPath } : {}), keyword, params, message }));

/** Values to judge: valid ones, one-constraint violations of a valid one, and arbitrary JSON. */
function samples(schema: Json, seed: number): unknown[] {
  const valid = fc.sample(arbitraryFor(schema), { numRuns: 40, seed });
  const broken = valid.slice(0, 3).concat([validExample(schema)]).flatMap((v) => violations(schema, v).map((x) => x.value));
  const junk = fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 60, seed });
  return [...valid, ...broken, ...junk];
}

function agree(ours: ReturnType<typeof compileSchema>, theirs: (data: unknown) => boolean, values: unknown[], ctx?: object): number {
  for (const value of values) {
    const a = ours.call(ctx, value);
    const b = theirs.call(ctx, value);
    const paths = ctx === undefined;
    expect({ value, valid: a, errors: project(ours.errors, paths) }).toEqual({ value, valid: b, errors: project((theirs as { errors?: ErrorObject[] | null }).errors, paths) });
  }
  return values.length;
}

describe("request validators", () => {
  const entries = Object.entries(schemas.requests).flatMap(([id, parts]) => Object.entries(parts).map(([part, e]) => [`${id} ${part}`, e.schema] as const));
  const formats = formatTable(validatorFormats(schemas).requests);
  const ajv = oracle("full", false);

  test.each(entries)("%s: same verdict and errors as ajv", (_, schema) => {
    const checked = agree(compileSchema(schema as Schema, formats), ajv.compile(schema as object), samples(schema, 1));
    expect(checked).toBeGreaterThan(50);
  });
});

describe("webhook event validators, tolerant and strict", () => {
  const defs = schemas.webhookDefs;
  const formats = formatTable(validatorFormats(schemas).webhooks);
  const ajv = oracle("fast", true);
  const withDefs = (schema: Json) => ({ ...(schema as JsonObject), $defs: defs });
  // Values come from the spec's own (not relaxed) event schema, inlined, and its examples.
  const events = listOperations(spec, "webhooks").map((hook) => [hook.path, inlineSchema(spec, requestBodySchema(spec, hook)!.schema)] as const);

  test.each(events)("%s: same verdict and errors as ajv", (type, source) => {
    const values = [...samples(source, 2), ...specEvents().filter((e) => e.type === type).map((e) => e.event)];
    const ours = compileSchema(schemas.webhooks[type]!.schema as Schema, formats, defs as Record<string, Schema>);
    const theirs = ajv.compile(withDefs(schemas.webhooks[type]!.schema));
    agree(ours, theirs, values, { strict: false });
    agree(ours, theirs, values, { strict: true });
    // Some values must fail in each mode, or the comparison proved little.
    expect(values.some((v) => !ours(v))).toBe(true);
    expect(values.some((v) => ours(v) && !ours.call({ strict: true }, v))).toBe(true);
  });

  test("the envelope: same verdict and errors as ajv on every event and its violations", () => {
    const ours = compileSchema(schemas.envelope.schema as Schema, formats, defs as Record<string, Schema>);
    const theirs = ajv.compile(withDefs(schemas.envelope.schema));
    const values = events.flatMap(([, source], i) => samples(source, 10 + i));
    agree(ours, theirs, values, { strict: false });
    agree(ours, theirs, values, { strict: true });
  });
});

test("the generator refuses a schema keyword the checker does not know (it would be ignored at run time)", () => {
  expect(() => unknownKeywords({ type: "object", properties: { a: { type: "string", unevaluatedProperties: false } } })).toThrow(/unevaluatedProperties \(at #\/properties\/a\) is not supported/);
  // Names under properties are names, not keywords; data keywords hold values.
  expect(() => unknownKeywords({ type: "object", properties: { unevaluatedProperties: { enum: [{ x: 1 }] } }, required: ["whatever"] })).not.toThrow();
  for (const e of [...Object.values(schemas.requests).flatMap((p) => Object.values(p)), ...Object.values(schemas.webhooks), schemas.envelope]) unknownKeywords(e.schema);
});
