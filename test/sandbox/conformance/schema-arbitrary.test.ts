// Positive inputs of the conformance runner: every value arbitraryFor generates passes the SDK's own ajv, for
// every request schema of the spec and for a table of small schemas (one per keyword); validExample is valid.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { SchemaJudge, arbitraryFor, validExample } from "../../../packages/sandbox/src/conformance/schema/index.ts";
import type { Json, JsonObject } from "../../../packages/sandbox/src/conformance/spec.ts";
import { cases, errorsOf, sdkAjv } from "./schema-cases.ts";

const SEED = 20261130;
// One judge for the file, as the runner keeps one per run: compiling schemas is the slow part.
const judge = new SchemaJudge();
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

function assertAllValid(schema: Json, arb: fc.Arbitrary<unknown>, numRuns: number): void {
  const validate = sdkAjv(schema);
  fc.assert(fc.property(arb, (value) => {
    const errors = errorsOf(validate, value);
    if (errors.length > 0) throw new Error(`${JSON.stringify(value)}: ${errors.map((e) => `${e.instancePath} ${e.message}`).join("; ")}`);
  }), { seed: SEED, numRuns });
}

/** JSON pointers of every property a schema declares, through nested objects (not through conditionals). */
function declaredPaths(schema: Json, prefix = ""): string[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [];
  return Object.entries(schema.properties).flatMap(([name, sub]) => [`${prefix}/${name}`, ...declaredPaths(sub, `${prefix}/${name}`)]);
}

function presentPaths(value: unknown, prefix = ""): string[] {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([name, sub]) => [`${prefix}/${name}`, ...presentPaths(sub, `${prefix}/${name}`)]);
}

describe.each(cases)("$name", ({ schema }) => {
  test("every generated value passes the SDK's ajv", () => {
    assertAllValid(schema, arbitraryFor(schema, judge), 100);
  });

  test("generated values reach every declared property, optional ones too, and stay small", () => {
    const values = fc.sample(arbitraryFor(schema, judge), { seed: SEED, numRuns: 200 });
    const seen = new Set(values.flatMap((v) => presentPaths(v)));
    expect(declaredPaths(schema).filter((p) => !seen.has(p))).toEqual([]);
    // Every value is sent over HTTP to a rate-limited server: short strings, few extra properties.
    expect(Math.max(...values.map((v) => JSON.stringify(v).length))).toBeLessThan(1024);
  });

  test("validExample is valid and the same on every call, each a copy of its own (found once, handed out fresh)", () => {
    const example = validExample(schema, judge);
    expect(errorsOf(sdkAjv(schema), example)).toEqual([]);
    expect(validExample(schema, judge)).toEqual(example);
    if (typeof example === "object" && example !== null) {
      expect(validExample(schema, judge)).not.toBe(example);
      (example as Record<string, unknown>)["changed by a caller"] = 1;
      expect(validExample(schema, judge)).not.toHaveProperty(["changed by a caller"]);
    }
  });
});

test.each(cases.filter((c) => isObject(c.schema) && c.schema.if !== undefined))("$name: both sides of its conditional are generated", ({ schema }) => {
  const condition = sdkAjv((schema as JsonObject).if!);
  const values = fc.sample(arbitraryFor(schema, judge), { seed: SEED, numRuns: 200 });
  expect(values.some((v) => condition(v))).toBe(true);
  expect(values.some((v) => !condition(v))).toBe(true);
});

// One small schema per keyword the engine supports: a generator that ignores a keyword fails its row.
const keywordSchemas: [string, Json][] = [
  ["type array", { type: ["integer", "null", "boolean"] }],
  ["enum", { type: "string", enum: ["a", "b"] }],
  ["const", { const: { nested: [1, "x"] } }],
  ["pattern", { type: "string", pattern: "^[A-Z]{2}-\\d{3}$" }],
  ...["email", "uri", "date-time", "date", "uuid"].map((format): [string, Json] => [`format ${format}`, { type: "string", format }]),
  ["format with pattern and maxLength", { type: "string", format: "uri", pattern: "^https://", maxLength: 40 }],
  ["minLength/maxLength", { type: "string", minLength: 3, maxLength: 4 }],
  ["integer bounds", { type: "integer", minimum: -3, maximum: 3 }],
  ["exclusive bounds", { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 }],
  ["multipleOf", { type: "integer", multipleOf: 7, minimum: 1, maximum: 100 }],
  ["required and optional", { type: "object", required: ["a"], properties: { a: { type: "integer" }, b: { type: "string" } }, additionalProperties: false }],
  ["additionalProperties schema", { type: "object", additionalProperties: { type: "integer", minimum: 5 }, minProperties: 1 }],
  ["propertyNames", { type: "object", propertyNames: { pattern: "^k[0-9]$" }, additionalProperties: { type: "boolean" }, maxProperties: 2 }],
  ["items", { type: "array", items: { type: "string", maxLength: 2 }, minItems: 1, maxItems: 3, uniqueItems: true }],
  ["allOf", { allOf: [{ type: "integer", minimum: 10 }, { maximum: 12 }] }],
  ["oneOf", { oneOf: [{ type: "integer", minimum: 0 }, { type: "integer", maximum: 5 }] }],
  ["anyOf", { anyOf: [{ type: "string", pattern: "^x" }, { type: "null" }] }],
  ["if/then/else", {
    type: "object", required: ["kind", "n"], properties: { kind: { type: "string", enum: ["big", "small"] }, n: { type: "integer", minimum: 0 } },
    if: { properties: { kind: { const: "small" } } }, then: { properties: { n: { maximum: 9 } } }, else: { properties: { n: { minimum: 1000 } } },
  }],
  ["not", { type: "integer", minimum: 0, maximum: 5, not: { const: 3 } }],
];

test.each(keywordSchemas)("%s: every generated value passes ajv", (_name, schema) => {
  assertAllValid(schema, arbitraryFor(schema, judge), 100);
  expect(errorsOf(sdkAjv(schema), validExample(schema, judge))).toEqual([]);
});

test("the property check fails for a generator that ignores a constraint", () => {
  expect(() => assertAllValid({ type: "string", pattern: "^a$" }, arbitraryFor({ type: "string" }), 100)).toThrow(/Counterexample/);
});

test("a schema that admits nothing, or is not inlined, is refused with a clear error", () => {
  expect(() => arbitraryFor(false)).toThrow(/admits no value/);
  expect(() => arbitraryFor({ type: "object", properties: { a: { $ref: "#/components/schemas/A" } } })).toThrow(/inline it first/);
});
