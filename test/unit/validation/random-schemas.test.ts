// The schema checker against ajv beyond today's spec: random schemas over every keyword the checker supports,
// judged on random values a caller could pass (properties set to undefined, astral characters, fractions,
// NaN and Infinity, overlapping oneOf branches), with boolean subschemas, $refs to shared definitions (beside
// other keywords too) and array and object constants. Same verdict, same errors in the same order, or a
// counterexample from fast-check.
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { expect, test } from "vitest";
import { type Schema, compileSchema } from "../../../src/validation/schema-check.ts";
import { full_date_time, full_email, full_uri } from "../../../src/validation/formats.ts";

const KEYS = ["a", "b", "c", "d"];
const small = fc.oneof(fc.constantFrom<unknown>(null, true, 0, 1, "a", "ab"), fc.integer({ min: -3, max: 3 }));

const DEFS = ["A", "B"];
/** A constant of any JSON shape, arrays and objects included. */
const constant = fc.oneof(small, fc.array(small, { maxLength: 2 }), fc.dictionary(fc.constantFrom("a", "b"), small, { maxKeys: 2, noNullPrototype: true }));

/** Schemas over every keyword; with `refs`, nodes may also be (or carry) a $ref to one of DEFS. */
const schemaArbitrary = (refs: boolean): fc.Arbitrary<Record<string, unknown>> => fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    ...(refs ? [
      fc.record({ $ref: fc.constantFrom(...DEFS.map((d) => `#/$defs/${d}`)) }),
      fc.record({ $ref: fc.constantFrom(...DEFS.map((d) => `#/$defs/${d}`)), type: fc.constantFrom("string", "object", "integer"), minLength: fc.constant(2), required: fc.constant(["a"]) }, { requiredKeys: ["$ref"] }),
    ] : []),
    fc.record({
      type: fc.constantFrom<unknown>("string", "number", "integer", "boolean", "null", "object", "array", ["string", "null"], ["integer", "string"]),
      minLength: fc.integer({ min: 0, max: 3 }),
      maxLength: fc.integer({ min: 0, max: 3 }),
      pattern: fc.constantFrom("^a", "b$", "^[a-z]+$", "\\d", "^.{2}$", "^\\p{L}+$"),
      format: fc.constantFrom("email", "date-time", "uri"),
      minimum: fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constant(0.5)),
      maximum: fc.integer({ min: -2, max: 4 }),
      exclusiveMinimum: fc.integer({ min: -2, max: 2 }),
      exclusiveMaximum: fc.integer({ min: -2, max: 4 }),
      enum: fc.array(constant, { minLength: 1, maxLength: 3 }),
      const: constant,
    }, { requiredKeys: [] }),
    fc.record({
      type: fc.constant("object"),
      properties: fc.dictionary(fc.constantFrom(...KEYS), tie("node"), { maxKeys: 3 }),
      required: fc.subarray(KEYS),
      additionalProperties: fc.oneof(fc.constant(false), fc.constant(true), tie("node")),
      maxProperties: fc.integer({ min: 0, max: 3 }),
      minProperties: fc.integer({ min: 0, max: 3 }),
      propertyNames: fc.record({ maxLength: fc.integer({ min: 0, max: 1 }), pattern: fc.constantFrom("^[ab]", "^.$") }, { requiredKeys: [] }),
    }, { requiredKeys: [] }),
    fc.record({ type: fc.constant("array"), items: fc.oneof(fc.constant(false), fc.constant(true), tie("node")), minItems: fc.integer({ min: 0, max: 2 }), maxItems: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }),
    fc.record({ anyOf: fc.array(fc.oneof(fc.boolean(), tie("node")), { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(fc.oneof(fc.boolean(), tie("node")), { minLength: 1, maxLength: 3 }) }),
    fc.record({ allOf: fc.array(fc.oneof(fc.boolean(), tie("node")), { minLength: 1, maxLength: 3 }) }),
    fc.record({ allOf: fc.array(tie("node"), { minLength: 1, maxLength: 2 }), oneOf: fc.array(tie("node"), { minLength: 1, maxLength: 2 }), if: tie("node"), then: tie("node") }, { requiredKeys: ["allOf"] }),
    fc.record({ if: tie("node"), then: tie("node") }),
  ),
})).node;
const schema = schemaArbitrary(true);
// Definitions hold no $ref themselves: a $ref cycle that reads no data loops in ajv as in any checker.
const defs = fc.record(Object.fromEntries(DEFS.map((d) => [d, schemaArbitrary(false)])) as Record<string, fc.Arbitrary<Record<string, unknown>>>);

const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom<unknown>(null, true, false, 0, 1, -1, 0.5, 2.5, NaN, Infinity, -Infinity, "", "a", "ab", "b", "1", "😀", "a😀", "é", "aé",
      "x@example.com", "2026-11-29T12:00:00Z", "https://example.com/a", undefined),
    fc.string({ maxLength: 3 }),
    fc.array(tie("v"), { maxLength: 3 }),
    // Prototype-less objects only where JSON could send them: ajv's deep equality also compares constructors, so
    // against an object constant it tells `{}` from Object.create(null); the checker judges what JSON carries.
    fc.dictionary(fc.constantFrom(...KEYS, "e", "ab"), tie("v"), { maxKeys: 4, noNullPrototype: true }),
  ),
})).v;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats.default(ajv, { mode: "full" });
const formats = { email: { check: full_email }, "date-time": { check: full_date_time }, uri: { check: full_uri } };
const project = (errors: readonly { instancePath: string; schemaPath: string; keyword: string; params: unknown; message?: string }[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }));

test("random schemas and values: the same verdict and errors as ajv", () => {
  fc.assert(
    fc.property(schema, defs, fc.array(value, { minLength: 1, maxLength: 12 }), (s, d, values) => {
      const ours = compileSchema(s as Schema, formats, d as Record<string, Schema>);
      const theirs = ajv.compile({ ...s, $defs: d });
      for (const v of values) {
        const verdict = ours(v);
        expect({ verdict, errors: project(ours.errors) }).toEqual({ verdict: theirs(v), errors: project(theirs.errors as ErrorObject[] | null) });
      }
    }),
    { numRuns: 400, seed: 20261130 },
  );
  // 400 ajv compiles: seconds, and many more under a mutation run's coverage instrumentation on a busy machine.
}, 60_000);
