// inlineSchema against ajv on the original: a schema with its $refs and their siblings (into $defs) must judge
// every value exactly as the inlined schema does. Attacked with the keywords that read each other within one
// schema object (additionalProperties and properties, if/then/else, contains/minContains, prefixItems/items),
// boolean targets, nested $refs with siblings, unevaluated* and data that looks like a $ref.
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { expect, test } from "vitest";
import { type JsonObject, inlineSchema } from "../../scripts/lib/spec.ts";

const ajv = new Ajv2020({ strict: false });
const values: unknown[] = [null, true, 0, 1, 5, 7, 50, 101, 1.5, -3, "", "a", "abc", "7", [], [1], [1, "a"], ["a", "b"], [5, 5, 5], [1, 2],
  {}, { a: 1 }, { b: 1 }, { a: 1, b: 1 }, { a: "x" }, { c: 1 }, { a: 1, c: 2 }, { ab: 1 }];

/** The values on which the inlined schema and ajv on the original (with `defs` as $defs) disagree. */
function disagreements(defs: JsonObject, schema: JsonObject): unknown[] {
  const original = ajv.compile({ ...schema, $defs: defs });
  const inlined = ajv.compile(inlineSchema({ $defs: defs }, schema) as object);
  return values.filter((v) => original(v) !== inlined(v));
}

const cases: [string, JsonObject, JsonObject][] = [
  ["a $ref to false", { F: false }, { $ref: "#/$defs/F" }],
  ["a $ref to false with a sibling", { F: false }, { $ref: "#/$defs/F", type: "object" }],
  ["a $ref to true with a sibling", { T: true }, { $ref: "#/$defs/T", maximum: 5 }],
  ["additionalProperties beside a $ref to properties", { T: { type: "object", properties: { a: {} } } }, { $ref: "#/$defs/T", additionalProperties: false }],
  ["properties and additionalProperties beside a $ref to properties", { T: { type: "object", properties: { a: {} } } }, { $ref: "#/$defs/T", properties: { b: {} }, additionalProperties: false }],
  ["patternProperties beside a $ref to additionalProperties: false", { T: { type: "object", additionalProperties: false } }, { $ref: "#/$defs/T", patternProperties: { "^a": {} } }],
  ["then and else beside a $ref to if", { T: { if: { type: "number" } } }, { $ref: "#/$defs/T", then: { maximum: 5 }, else: { type: "string" } }],
  ["if beside a $ref to then", { T: { then: { maximum: 5 } } }, { $ref: "#/$defs/T", if: { type: "number" } }],
  ["minContains beside a $ref to contains", { T: { contains: { type: "number" } } }, { $ref: "#/$defs/T", minContains: 2 }],
  ["maxContains beside a $ref to contains", { T: { contains: { const: 5 } } }, { $ref: "#/$defs/T", maxContains: 1 }],
  ["items beside a $ref to prefixItems", { T: { prefixItems: [{ type: "number" }] } }, { $ref: "#/$defs/T", items: false }],
  ["prefixItems beside a $ref to items", { T: { items: { type: "string" } } }, { $ref: "#/$defs/T", prefixItems: [{ type: "number" }] }],
  ["unevaluatedProperties beside a $ref to properties", { T: { properties: { a: {} } } }, { $ref: "#/$defs/T", unevaluatedProperties: false }],
  ["allOf beside a $ref to allOf, with a clash", { T: { allOf: [{ minimum: 1 }], maximum: 100 } }, { $ref: "#/$defs/T", allOf: [{ maximum: 50 }], maximum: 200 }],
  ["nested $refs with siblings", { A: { type: "integer", maximum: 100 }, B: { $ref: "#/$defs/A", maximum: 6 } }, { $ref: "#/$defs/B", maximum: 1000, minimum: 2 }],
  ["required beside required", { T: { type: "object", required: ["a"] } }, { $ref: "#/$defs/T", required: ["b"] }],
  ["x- keys and annotations", { T: { type: "integer", "x-k": 1, description: "d", default: 5 } }, { $ref: "#/$defs/T", "x-k": 2, description: "e", default: "zz", examples: ["q"] }],
];

test.each(cases)("%s: the inlined schema judges every value as ajv judges the original", (_what, defs, schema) => {
  expect(disagreements(defs, schema)).toEqual([]);
});

test("random $ref siblings over the interdependent keywords: no disagreement with ajv", () => {
  const sub = fc.constantFrom<unknown>({}, false, { type: "number" }, { type: "string" }, { const: 5 }, { maximum: 5 });
  const part = fc.record({
    properties: fc.constantFrom({ a: { type: "integer" } }, { b: {} }),
    patternProperties: fc.constantFrom({ "^a": { type: "string" } }),
    additionalProperties: sub,
    prefixItems: fc.constantFrom([{ type: "number" }], [{}, { type: "string" }]),
    items: sub,
    contains: sub,
    minContains: fc.integer({ min: 0, max: 2 }),
    maxContains: fc.integer({ min: 1, max: 2 }),
    if: sub,
    then: sub,
    else: sub,
    maximum: fc.integer({ min: 0, max: 60 }),
    required: fc.constantFrom(["a"], ["b"]),
    type: fc.constantFrom("object", "array", "number", ["object", "array"]),
  }, { requiredKeys: [] });
  fc.assert(fc.property(part, part, (target, siblings) => {
    expect(disagreements({ T: target as JsonObject }, { $ref: "#/$defs/T", ...(siblings as JsonObject) })).toEqual([]);
  }), { numRuns: 200, seed: 11 });
});

test("a $ref to a schema with unevaluatedProperties refuses asserting siblings, saying what to write instead", () => {
  const defs = { T: { properties: { a: {} }, unevaluatedProperties: false } };
  expect(() => inlineSchema({ $defs: defs }, { $ref: "#/$defs/T", properties: { b: {} } })).toThrow(/unevaluatedProperties.*allOf: \[\{ \$ref: "#\/\$defs\/T" \}/);
  // Annotations are fine.
  expect(disagreements(defs, { $ref: "#/$defs/T", description: "x" })).toEqual([]);
});

// Known and left (reported, not fixed): inlineSchema walks into data keywords, so a `const`, `enum` or example
// value that is an object with a "$ref" string is "resolved" like a schema. Fixing it needs a walker that knows
// schema positions from property-name maps (a property may be called "const").
test.fails("a const whose value is an object with a $ref string stays that value", () => {
  const defs = { T: { type: "object" } };
  const value = { $ref: "#/$defs/T" };
  expect(ajv.compile(inlineSchema({ $defs: defs }, { const: value }) as object)(value)).toBe(true);
});
