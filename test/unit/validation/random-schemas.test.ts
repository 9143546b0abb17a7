// The schema checker against ajv beyond today's spec: random schemas over every keyword the checker supports,
// judged on random values a caller could pass (properties set to undefined, astral characters, fractions,
// NaN and Infinity, overlapping oneOf branches). Same verdict, same errors in the same order, or a
// counterexample from fast-check.
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { expect, test } from "vitest";
import { type Schema, compileSchema } from "../../../src/validation/schema-check.ts";
import { full_date_time, full_email, full_uri } from "../../../src/validation/formats.ts";

const KEYS = ["a", "b", "c", "d"];
const small = fc.oneof(fc.constantFrom<unknown>(null, true, 0, 1, "a", "ab"), fc.integer({ min: -3, max: 3 }));

const schema: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ node: Record<string, unknown> }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
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
      enum: fc.array(small, { minLength: 1, maxLength: 3 }),
      const: small,
    }, { requiredKeys: [] }),
    fc.record({
      type: fc.constant("object"),
      properties: fc.dictionary(fc.constantFrom(...KEYS), tie("node"), { maxKeys: 3 }),
      required: fc.subarray(KEYS),
      additionalProperties: fc.oneof(fc.constant(false), tie("node")),
      maxProperties: fc.integer({ min: 0, max: 3 }),
      minProperties: fc.integer({ min: 0, max: 3 }),
      propertyNames: fc.record({ maxLength: fc.integer({ min: 0, max: 1 }), pattern: fc.constantFrom("^[ab]", "^.$") }, { requiredKeys: [] }),
    }, { requiredKeys: [] }),
    fc.record({ type: fc.constant("array"), items: tie("node"), minItems: fc.integer({ min: 0, max: 2 }), maxItems: fc.integer({ min: 0, max: 3 }) }, { requiredKeys: [] }),
    fc.record({ anyOf: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ if: tie("node"), then: tie("node") }),
  ),
})).node;

const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom<unknown>(null, true, false, 0, 1, -1, 0.5, 2.5, NaN, Infinity, -Infinity, "", "a", "ab", "b", "1", "😀", "a😀", "é", "aé",
      "x@example.com", "2026-11-29T12:00:00Z", "https://example.com/a", undefined),
    fc.string({ maxLength: 3 }),
    fc.array(tie("v"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS, "e", "ab"), tie("v"), { maxKeys: 4 }),
  ),
})).v;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats.default(ajv, { mode: "full" });
const formats = { email: { check: full_email }, "date-time": { check: full_date_time }, uri: { check: full_uri } };
const project = (errors: readonly { instancePath: string; schemaPath: string; keyword: string; params: unknown; message?: string }[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }));

test("random schemas and values: the same verdict and errors as ajv", () => {
  fc.assert(
    fc.property(schema, fc.array(value, { minLength: 1, maxLength: 12 }), (s, values) => {
      const ours = compileSchema(s as Schema, formats);
      const theirs = ajv.compile(s);
      for (const v of values) {
        const verdict = ours(v);
        expect({ verdict, errors: project(ours.errors) }).toEqual({ verdict: theirs(v), errors: project(theirs.errors as ErrorObject[] | null) });
      }
    }),
    { numRuns: 400, seed: 20261130 },
  );
});
