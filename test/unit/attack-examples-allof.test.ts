// The example checker closes response objects (an undeclared field in an example is a typo). Since inlineSchema
// keeps a $ref's clashing siblings under allOf, a response schema `{ $ref: P, properties: { extra } }` inlines to
// P's properties plus `allOf: [{ properties: { extra } }]`: the closing must cover the object as a whole, not
// each allOf member alone (which rejected P's own fields in every example).
import { expect, test } from "vitest";
import type { JsonObject } from "../../scripts/lib/spec.ts";
import { checkExamples } from "../../scripts/lib/examples.ts";

function specWith(schema: JsonObject, examples: Record<string, unknown>): JsonObject {
  return {
    openapi: "3.1.0",
    components: { schemas: { P: { type: "object", properties: { id: { type: "string" } }, required: ["id"] } } },
    paths: { "/p": { get: { responses: { "200": { description: "ok", content: { "application/json": {
      schema, examples: Object.fromEntries(Object.entries(examples).map(([name, value]) => [name, { value }])),
    } } } } } } },
  } as JsonObject;
}

test("a response example using the $ref's and its sibling's properties passes; a typo'd field is still reported", () => {
  const schema = { $ref: "#/components/schemas/P", properties: { extra: { type: "string" } } };
  const { problems } = checkExamples(specWith(schema, { both: { id: "x", extra: "y" }, typo: { id: "x", extra: "y", tpyo: 1 } }));
  expect(problems.map((p) => [p.where.split("/").pop(), p.message])).toEqual([["typo", "must NOT have unevaluated properties `tpyo`"]]);
});

test("allOf composition written in the spec is closed over all its members, and nested objects are still closed", () => {
  const schema: JsonObject = { allOf: [{ $ref: "#/components/schemas/P" }, { properties: { extra: { type: "object", properties: { n: { type: "integer" } } } } }] };
  const { problems } = checkExamples(specWith(schema, { ok: { id: "x", extra: { n: 1 } }, inner: { id: "x", extra: { n: 1, m: 2 } } }));
  expect(problems.map((p) => [p.where.split("/examples/").pop(), p.message])).toEqual([["inner/extra", "must NOT have unevaluated properties `m`"]]);
});
