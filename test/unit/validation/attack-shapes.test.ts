// The schema checker against ajv on schema shapes the generator lets through but today's spec does not use
// (boolean subschemas, const/enum of arrays, alternatives over objects with many members) and on values a
// merchant's code can pass that JSON cannot carry. Same verdict and errors (place, schema path, keyword,
// params, message) in the same order, and never an exception of the checker's own.
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { type Schema, type SchemaError, compileSchema } from "../../../src/validation/schema-check.ts";

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
const project = (errors: readonly (ErrorObject | SchemaError)[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }));

function judge(schema: object, data: unknown) {
  const ours = compileSchema(schema as Schema);
  const theirs = ajv.compile(schema);
  const verdict = ours(data);
  return { ours: { verdict, errors: project(ours.errors) }, ajv: { verdict: theirs(data), errors: project(theirs.errors) } };
}

describe("a `false` subschema", () => {
  // OpenAPI 3.1 forbids a property or any items with `false`; ajv reports where the false schema stands, plus
  // "/false schema" (a request's error code is found by that path).
  const cases: [string, object, unknown][] = [
    ["a forbidden property", { type: "object", properties: { legacy: false } }, { legacy: 1 }],
    ["no items allowed", { type: "array", items: false }, [1, 2]],
    ["no property names allowed", { type: "object", propertyNames: false }, { a: 1 }],
    ["alternatives that are false", { anyOf: [false, { type: "string" }] }, 1],
    ["exclusive alternatives that are false", { oneOf: [false, false] }, 1],
    ["a then that is false", { if: { type: "integer" }, then: false }, 1],
    ["an additionalProperties schema under an alternative", { anyOf: [{ type: "object", additionalProperties: { anyOf: [false] } }] }, { "a/b": 1 }],
  ];
  test.each(cases)("%s: same errors as ajv", (_, schema, data) => {
    const { ours, ajv } = judge(schema, data);
    expect(ajv.verdict).toBe(false);
    expect(ours).toEqual(ajv);
  });
});

describe("const and enum holding arrays", () => {
  // An array is its items: JSON.stringify (what is sent) and ajv (fast-deep-equal) read its length and
  // indexes, not other own properties such as a RegExp match's `index` and `input`.
  const pair = Object.assign(["a", "b"], { note: "not sent" });
  const cases: [string, object, unknown][] = [
    ["const, extra property", { const: ["a", "b"] }, pair],
    ["enum, extra property", { enum: [["a", "b"], "c"] }, pair],
    ["const, a RegExp match", { const: ["ab"] }, "ab".match(/ab/)],
    ["const, nested", { const: { tags: ["a", "b"] } }, { tags: pair }],
    ["const, a hole where null is wanted", { const: [null, 1] }, [, 1]],
    ["const, a longer array", { const: ["a"] }, ["a", undefined]],
    ["enum, an array-like object", { enum: [["a"]] }, { 0: "a", length: 1 }],
  ];
  test.each(cases)("%s: same verdict and errors as ajv", (_, schema, data) => {
    const { ours, ajv } = judge(schema, data);
    expect(ours).toEqual(ajv);
  });
});

describe("alternatives over an object with very many members", () => {
  // Every member breaking the member schema is one error; an alternative collects its branches' errors.
  // Enough members that an argument list (push(...errors)) overflows the stack (past ~120 000 here, so from
  // about 1 MB of short members); 250 000 leaves room for a larger stack.
  const members = 250_000;
  const data = Object.fromEntries(Array.from({ length: members }, (_, i) => [`k${i}`, i]));
  const branch = { type: "object", additionalProperties: { type: "string" } };
  test.each([
    ["anyOf", { anyOf: [branch, { type: "null" }] }],
    ["oneOf", { oneOf: [branch, { type: "null" }] }],
    ["anyOf inside oneOf", { oneOf: [{ anyOf: [branch] }, { type: "null" }] }],
  ])("%s: every error, as ajv, no exception", (_, schema) => {
    const { ours, ajv } = judge(schema, data);
    expect(ours.verdict).toBe(false);
    expect(ours.errors.length).toBe(ajv.errors.length);
    expect(ours.errors.length).toBeGreaterThan(members);
    for (const i of [0, 1, members - 1, members, ajv.errors.length - 1]) expect(ours.errors[i]).toEqual(ajv.errors[i]);
  });
});

describe("a $ref to a boolean schema", () => {
  // OpenAPI 3.1 components may be `true` or `false`; the reference resolves to that schema, as in ajv.
  test.each([
    ["false", false, { a: 1 }],
    ["true", true, { a: 1 }],
  ])("to %s: same verdict and errors as ajv", (_, target, data) => {
    const schema = { type: "object", properties: { a: { $ref: "#/$defs/Target" } } };
    const ours = compileSchema(schema as Schema, {}, { Target: target as unknown as Schema });
    const theirs = ajv.compile({ ...schema, $defs: { Target: target } });
    const verdict = ours(data);
    expect({ verdict, errors: project(ours.errors) }).toEqual({ verdict: theirs(data), errors: project(theirs.errors) });
  });
});

test("a $ref to a name Object.prototype has (toString) does not resolve to it: only the defs' own schemas count", () => {
  expect(() => compileSchema({ $ref: "#/$defs/toString" } as Schema, {}, {})(1)).toThrow(/\$ref #\/\$defs\/toString does not resolve/);
});
