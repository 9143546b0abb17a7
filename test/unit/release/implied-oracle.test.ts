// "Already implied" judged by ajv, the validator the generated code uses: whenever the gate calls an added
// bound or int format non-breaking in a request, no value the base schema accepts may be rejected by the head.
// Values beyond ±(2^53 − 1) are left out on purpose: the I-JSON rule (docs/spec-changes.md, `bound-implied`)
// declares them not interoperable. Strings: every string up to a length over a small alphabet, against the
// JavaScript engine's own regex matcher (with `u`, as ajv compiles patterns).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { diffSpecs, overall } from "../../../scripts/lib/diff/index.ts";
import { patternMaxLength } from "../../../scripts/lib/diff/implied.ts";
import { type Json, type JsonObject } from "../../../scripts/lib/spec.ts";

const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv2020, o: { mode: string }) => void)(ajv, { mode: "full" });
const SAFE = Number.MAX_SAFE_INTEGER;
const EDGES = [0, 5, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1, 2 ** 53].flatMap((v) => [v, -v]);
/** Bounds and enum values in a schema: the edges and their neighbours (an off-by-one hides there). */
const NEAR = [...new Set(EDGES.flatMap((v) => [-2, -1, -0.5, 0, 0.5, 1, 2].map((d) => v + d)))];

/** The gate's class for a request body whose schema changes from base to head. */
function gate(base: Json, head: Json): string {
  const spec = (schema: Json): JsonObject => ({
    openapi: "3.1.0", info: { title: "Oracle", version: "1.0.0" }, webhooks: {},
    paths: { "/things": { post: { operationId: "createThing", requestBody: { required: true, content: { "application/json": { schema } } }, responses: { "204": { description: "Done." } } } } },
  });
  return overall(diffSpecs(spec(base), spec(head)));
}

describe("an added number bound or int format the gate calls implied narrows nothing ajv accepted", () => {
  // At most two keywords beside `type`: more would mostly allow no value at all, and prove nothing.
  const optional: Record<string, fc.Arbitrary<Json>> = {
    format: fc.constantFrom("int32", "int64"),
    enum: fc.array(fc.constantFrom<Json>(...NEAR, null), { minLength: 1, maxLength: 3 }),
    const: fc.constantFrom(...NEAR),
    minimum: fc.constantFrom(...NEAR), maximum: fc.constantFrom(...NEAR),
    exclusiveMinimum: fc.constantFrom(...NEAR), exclusiveMaximum: fc.constantFrom(...NEAR),
  };
  const schema = fc.tuple(
    fc.constantFrom<Json>("integer", ["integer", "null"], "number", ["integer", "string"]),
    fc.subarray(Object.keys(optional), { maxLength: 2 }).chain((keys) => fc.tuple(...keys.map((k) => optional[k]!)).map((vs) => keys.map((k, i) => [k, vs[i]!] as const))),
  ).map(([type, rest]) => ({ type, ...Object.fromEntries(rest) }) as JsonObject);
  const added = fc.oneof(
    fc.record({ kw: fc.constantFrom("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"), value: fc.constantFrom<Json>(...NEAR) }),
    fc.record({ kw: fc.constant("format"), value: fc.constantFrom<Json>("int32", "int64") }),
  );
  const values = NEAR.filter((v) => Math.abs(v) <= SAFE);

  test("checked against ajv over the edges of every bound", () => {
    fc.assert(fc.property(schema, added, (base, { kw, value }) => {
      const head = { ...base, [kw]: value };
      if (gate(base, head) === "breaking") return true;
      const [b, h] = [ajv.compile(base), ajv.compile(head)];
      const lost = [...values, null, "x"].filter((v) => b(v) && !h(v));
      expect(lost, `${JSON.stringify(base)} + ${kw}: ${JSON.stringify(value)}`).toEqual([]);
      return true;
    }), { numRuns: 3000 });
  });
});

describe("a maxLength the gate calls implied by a pattern", () => {
  const ALPHABET = ["a", "b", "😀", "\n", "-"];
  function* strings(max: number): Generator<string> {
    let layer = [""];
    yield "";
    for (let n = 1; n <= max; n++) {
      layer = layer.flatMap((p) => ALPHABET.map((c) => p + c));
      yield* layer;
    }
  }
  test.each([
    "^\\u{1F600}{2}$", "^[\\]]{2}a?$", "^\\cJ{2}$", "^(?<=a)b?a$", "^(?<n>a{2})-?$", "^a{1,2}?b??$", "^[^\\]]$", "^\\p{L}{2}$",
    "^\\0?a$", "^(?:a|(?:bb|-{2}){1,2})$", "^.{0,3}$", "^\\uD83D\\uDE00a?$", "^😀{2}$", "^(?!a)..$", "^[a-]\\n?$", "^\\u{61}{1,3}$",
  ])("%s: no string ajv accepts is longer than the bound", (pattern) => {
    const max = patternMaxLength(pattern);
    expect(max, "the pattern is bounded").toBeDefined();
    expect(gate({ type: "string", pattern }, { type: "string", pattern, maxLength: max! })).not.toBe("breaking");
    const accepts = ajv.compile({ type: "string", pattern });
    const capped = ajv.compile({ type: "string", pattern, maxLength: max! });
    for (const s of strings(max! + 2)) if (accepts(s)) expect(capped(s), JSON.stringify(s)).toBe(true);
  });
});
