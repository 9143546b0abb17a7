// Every spec schema (request parts; webhook events and the envelope in both modes) against ajv on hostile
// variants of valid values: keys that name Object.prototype members (JSON's own "__proto__" included) or need
// JSON pointer escaping, numbers at the edges, strings of astral characters and lone surrogates, values of the
// wrong kind, objects without a prototype. Same verdict, same errors in the same order; nothing leaks onto
// Object.prototype.
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { arbitraryFor } from "../../../packages/sandbox/src/conformance/schema/index.ts";
import { addTolerantKeywords } from "../../../scripts/gen/tolerant.ts";
import { type Json, type JsonObject, inlineSchema, listOperations, requestBodySchema } from "../../../scripts/lib/spec.ts";
import { formatTable, validatorFormats, validatorSchemas } from "../../../scripts/gen/validators.ts";
import { type Schema, type SchemaError, compileSchema } from "../../../src/validation/schema-check.ts";
import { spec } from "../webhooks/spec-events.ts";

const schemas = validatorSchemas(spec);
const KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "a/b", "~0~1/", "", "0", "😀"];
const LEAVES: unknown[] = [-0, 1e308, -1e308, 2 ** 53 + 2, 0.1, NaN, Infinity, "5", "", "😀".repeat(300), "\uD800", "\uDC00a\uD800",
  "e\u0301".repeat(100), "a".repeat(5000), "\u0000", [], [, 1], {}, true, null, undefined, new Date(0), Object.create(null)];

/** Adds `key` (an own property even for "__proto__", as JSON.parse makes it) holding `value`. */
const withKey = (o: object, key: string, value: unknown) => Object.defineProperty({ ...o }, key, { value, enumerable: true, configurable: true, writable: true });
const nullProto = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(nullProto) : v !== null && typeof v === "object" ? Object.assign(Object.create(null), Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nullProto(x)]))) : v;

/** Variants of `value` that differ at one place: a hostile key added to an object, or a leaf replaced. */
function variants(value: unknown): unknown[] {
  const out: unknown[] = [nullProto(value)];
  if (Array.isArray(value)) {
    value.forEach((item, i) => variants(item).forEach((v) => out.push(value.map((x, j) => (j === i ? v : x)))));
  } else if (value !== null && typeof value === "object") {
    for (const key of KEYS) for (const v of [1, "x", {}]) out.push(withKey(value, key, v));
    for (const [k, child] of Object.entries(value)) for (const v of variants(child)) out.push(withKey(value, k, v));
  } else out.push(...LEAVES);
  return out;
}

const project = (errors: readonly (ErrorObject | SchemaError)[] | null | undefined, withSchemaPath: boolean) =>
  (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, ...(withSchemaPath ? { schemaPath } : {}), keyword, params, message }));

function agree(ours: ReturnType<typeof compileSchema>, theirs: (data: unknown) => boolean, values: unknown[], ctx?: object) {
  let failed = 0;
  for (const value of values) {
    const verdict = ours.call(ctx, value);
    if (!verdict) failed++;
    // An event's schemaPath is not compared (ajv writes it from where it inlined a $ref); see differential.test.ts.
    expect({ value, verdict, errors: project(ours.errors, !ctx) }).toEqual({ value, verdict: theirs.call(ctx, value), errors: project((theirs as { errors?: ErrorObject[] }).errors, !ctx) });
  }
  // The variants must break something, or the comparison proved little.
  expect(failed).toBeGreaterThan(0);
}

const before = Object.getOwnPropertyNames(Object.prototype).sort();
afterAll(() => expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before));

function oracle(mode: "full" | "fast", tolerant: boolean) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, passContext: true, validateSchema: false });
  addFormats.default(ajv, { mode });
  if (tolerant) addTolerantKeywords(ajv);
  return ajv;
}

describe("request validators on hostile values", () => {
  const entries = Object.entries(schemas.requests).flatMap(([id, parts]) => Object.entries(parts).map(([part, e]) => [`${id} ${part}`, e.schema] as const));
  const formats = formatTable(validatorFormats(schemas).requests);
  const ajv = oracle("full", false);
  test.each(entries)("%s: same verdict and errors as ajv", (_, schema) => {
    const values = fc.sample(arbitraryFor(schema), { numRuns: 3, seed: 7 }).flatMap(variants);
    agree(compileSchema(schema as Schema, formats), ajv.compile(schema as object), values);
  });
});

describe("webhook event validators on hostile values, tolerant and strict", () => {
  const defs = schemas.webhookDefs as Record<string, Schema>;
  const formats = formatTable(validatorFormats(schemas).webhooks);
  const ajv = oracle("fast", true);
  const events = listOperations(spec, "webhooks").map((hook) => [hook.path, inlineSchema(spec, requestBodySchema(spec, hook)!.schema)] as const);
  test.each(events)("%s and the envelope: same verdict and errors as ajv", (type, source: Json) => {
    const values = fc.sample(arbitraryFor(source), { numRuns: 2, seed: 11 }).flatMap(variants);
    for (const schema of [schemas.webhooks[type]!.schema, schemas.envelope.schema]) {
      const ours = compileSchema(schema as Schema, formats, defs);
      const theirs = ajv.compile({ ...(schema as JsonObject), $defs: defs });
      agree(ours, theirs, values, { strict: false });
      agree(ours, theirs, values, { strict: true });
    }
  });
});
