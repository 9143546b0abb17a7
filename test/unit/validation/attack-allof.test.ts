// allOf as inlineSchema writes it (a target's keywords with the clashing siblings of its $ref beside it under
// allOf) and in hostile places: beside `type` and typed keywords, nested in anyOf/oneOf/if, boolean branches,
// $refs in branches, and thousands of branches. Same verdict and the same errors, in the same order, as ajv with
// allErrors.
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import fc from "fast-check";
import { expect, test } from "vitest";
import { type Schema, compileSchema } from "../../../src/validation/schema-check.ts";

const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
const project = (errors: readonly ErrorObject[] | readonly { instancePath: string; schemaPath: string; keyword: string; params: unknown; message?: string }[] | null | undefined) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }));

function same(schema: Record<string, unknown>, defs: Record<string, unknown>, values: unknown[]) {
  const ours = compileSchema(schema as Schema, {}, defs as Record<string, Schema>);
  const theirs = ajv.compile({ ...schema, $defs: defs });
  for (const v of values) {
    const verdict = ours(v);
    expect({ v, verdict, errors: project(ours.errors) }).toEqual({ v, verdict: theirs(v), errors: project(theirs.errors) });
  }
}

const small = fc.constantFrom<unknown>(null, true, 0, 1, 2, 5, 101, 1.5, -1, "", "a", "abc", [], [1], [1, "a"], {}, { a: 1 }, { b: "x" }, { a: "x", b: 2 });
/** One keyword as a sibling of a $ref may carry it. */
const single = fc.oneof(
  fc.record({ type: fc.constantFrom<unknown>("integer", "number", "string", "object", "array", ["string", "null"]) }),
  fc.record({ maximum: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ minimum: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ minLength: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ pattern: fc.constantFrom("^a", "c$") }),
  fc.record({ required: fc.constantFrom(["a"], ["b"], ["a", "b"]) }),
  fc.record({ properties: fc.constantFrom({ a: { type: "integer" } }, { b: { type: "string" } }) }),
  fc.record({ additionalProperties: fc.constantFrom(false, { type: "number" }) }),
  fc.record({ items: fc.constantFrom(false, { type: "integer" }) }),
  fc.record({ maxItems: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ enum: fc.constantFrom([1, 2, "a"], [{ a: 1 }, []]) }),
  fc.record({ const: fc.constantFrom(1, "a") }),
  fc.record({ $ref: fc.constantFrom("#/$defs/A", "#/$defs/B") }),
);
const node: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ n: Record<string, unknown> }>((tie) => ({
  n: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    single,
    // A target with its siblings under allOf, as inlineSchema writes it.
    fc.tuple(fc.array(single, { minLength: 1, maxLength: 3 }), fc.array(fc.oneof(fc.boolean(), single, tie("n")), { minLength: 1, maxLength: 3 }))
      .map(([own, allOf]) => Object.assign({}, ...own, { allOf })),
    fc.record({ anyOf: fc.array(tie("n"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(tie("n"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ if: tie("n"), then: tie("n"), allOf: fc.array(tie("n"), { maxLength: 2 }) }, { requiredKeys: ["if", "then"] }),
    fc.record({ type: fc.constant("object"), properties: fc.record({ a: tie("n"), b: tie("n") }, { requiredKeys: [] }), allOf: fc.array(tie("n"), { maxLength: 2 }) }),
    fc.record({ type: fc.constant("array"), items: tie("n"), allOf: fc.array(tie("n"), { maxLength: 2 }) }),
  ),
})).n;
const defs = fc.record({ A: single.filter((s) => !("$ref" in s)), B: fc.record({ type: fc.constant("integer"), maximum: fc.constant(100), allOf: fc.constant([{ minimum: 1 }, { maximum: 50 }]) }) });

test("allOf beside typed keywords, nested and with $refs: ajv's verdict and errors", () => {
  fc.assert(fc.property(node, defs, fc.array(small, { minLength: 1, maxLength: 8 }), (s, d, values) => same(s, d, values)), { numRuns: 600, seed: 7 });
});

test("boolean and empty branches, and allOf inside if", () => {
  const values = [null, 0, 3, "a", {}, { a: 1 }, [1]];
  same({ allOf: [true, {}] }, {}, values);
  same({ allOf: [false, false, { type: "string" }] }, {}, values);
  same({ type: "integer", allOf: [true, false], maximum: 2 }, {}, values);
  same({ if: { allOf: [{ type: "integer" }, { minimum: 1 }] }, then: { allOf: [{ maximum: 2 }, false] } }, {}, values);
  same({ allOf: [{ allOf: [{ allOf: [{ type: "object", required: ["a", "b"] }] }] }, { properties: { a: { allOf: [{ type: "string" }, { minLength: 2 }] } } }] }, {}, values);
});

test("thousands of branches, each failing, and deep nesting: no RangeError, ajv's errors", () => {
  const many = { allOf: Array.from({ length: 5_000 }, (_, i) => ({ minimum: i })) };
  same(many, {}, [5, "x"]);
  let deep: Record<string, unknown> = { type: "integer" };
  for (let i = 0; i < 500; i++) deep = { allOf: [deep, { maximum: 1000 - i }] };
  same(deep, {}, [1, 900, "x"]);
});
