// Negative inputs of the conformance runner: for every request schema of the spec, each violation breaks exactly
// the constraint it names (judged by the SDK's ajv), every constraint of the schema gets one, and its expected
// error code is the one the SDK's generated validators report for that value (what the sandbox answers with).
import { describe, expect, test } from "vitest";
import { requestValidators, type ValidatorEntry } from "../../../generated/validators.js";
import { impliedKeyword, without } from "../../../scripts/lib/diff/implied.ts";
import { findIssues } from "../../../src/client/validate-request.ts";
import { GENERIC_ERROR_CODE, SchemaJudge, type Violation, validExample, violations } from "../../../packages/sandbox/src/conformance/schema/index.ts";
import type { Json, JsonObject } from "../../../packages/sandbox/src/conformance/spec.ts";
import { type SchemaCase, cases, errorsOf, located, sdkAjv } from "./schema-cases.ts";

const judge = new SchemaJudge();
const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const CONSTRAINTS = ["type", "enum", "const", "pattern", "format", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
  "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties"];

interface Constraint { schemaPath: string; property?: string }

/** Every constraint keyword of a schema a valid instance can reach: not inside `if` (a condition, not a rule). */
function constraints(schema: Json, textual: boolean, path = "#", depth = 0): Constraint[] {
  if (!isObject(schema)) return [];
  const out: Constraint[] = [];
  for (const keyword of CONSTRAINTS) {
    if (schema[keyword] === undefined) continue;
    // A format the rest of the schema implies (int64 on an integer) cannot be broken alone: no violation of its own.
    if (keyword === "format" && impliedKeyword(without(schema, "format"), "format", schema.format)) continue;
    // As text: the wrapper object has no type on the wire, and any text reads as a string.
    if (keyword === "type" && textual && (depth === 0 || [schema.type].flat().includes("string"))) continue;
    out.push({ schemaPath: `${path}/${keyword}` });
  }
  for (const name of Array.isArray(schema.required) ? schema.required : []) out.push({ schemaPath: `${path}/required`, property: String(name) });
  if (schema.additionalProperties === false) out.push({ schemaPath: `${path}/additionalProperties` });
  if (isObject(schema.propertyNames)) {
    for (const c of constraints(schema.propertyNames, false, `${path}/propertyNames`, depth + 1)) if (!c.schemaPath.endsWith("/type")) out.push(c);
  }
  for (const [name, sub] of Object.entries(isObject(schema.properties) ? schema.properties : {})) out.push(...constraints(sub, textual, `${path}/properties/${name}`, depth + 1));
  for (const key of ["additionalProperties", "items", "then", "else"]) out.push(...constraints(schema[key] ?? null, textual, `${path}/${key}`, key === "then" || key === "else" ? depth : depth + 1));
  (Array.isArray(schema.allOf) ? schema.allOf : []).forEach((sub, i) => out.push(...constraints(sub, textual, `${path}/allOf/${i}`, depth)));
  return out;
}

/** What the SDK's generated validators say about a violation's value: the first issue, as the sandbox answers it. */
function sdkFirstIssue(c: SchemaCase, v: Violation): { path: string; code: string } | undefined {
  const parts = (requestValidators as Record<string, Partial<Record<string, ValidatorEntry>>>)[c.operationId]!;
  if (c.part === "body") return findIssues(parts.body, v.value, "body")[0];
  // Parameters: the SDK validates each location on its own, so only the broken parameter's location is checked.
  const name = v.pointer.split("/")[1]!.replace(/~1/g, "/").replace(/~0/g, "~");
  const location = c.locations[name]!;
  const values = Object.fromEntries(Object.entries(v.value as JsonObject).filter(([n]) => c.locations[n] === location));
  return findIssues(parts[location], values, "query")[0];
}

describe.each(cases)("$name", (c) => {
  const found = violations(c.schema, validExample(c.schema, judge), { textual: c.textual, judge });
  const validate = sdkAjv(c.schema);

  test("every violation fails the SDK's ajv only at its pointer, with its keyword among the errors", () => {
    expect(found.length).toBeGreaterThan(0);
    for (const v of found) {
      const errors = errorsOf(validate, v.value);
      expect(errors.length, v.description).toBeGreaterThan(0);
      expect(errors.filter((e) => located(e) !== v.pointer).map((e) => `${located(e)} ${e.keyword}`), v.description).toEqual([]);
      expect(errors.map((e) => e.keyword), v.description).toContain(v.keyword);
      expect(errors.map((e) => e.schemaPath), v.description).toContain(v.schemaPath);
    }
  });

  test("every constraint of the schema has a violation", () => {
    const missing = constraints(c.schema, c.textual).filter((k) => !found.some((v) =>
      v.schemaPath === k.schemaPath && (k.property === undefined || v.pointer.endsWith(`/${k.property}`))));
    expect(missing).toEqual([]);
  });

  test("each violation accepts the error code the SDK's validators report for it", () => {
    for (const v of found) {
      const issue = sdkFirstIssue(c, v);
      expect(issue, v.description).toBeDefined();
      expect(issue!.path, v.description).toBe(v.pointer);
      expect(v.acceptedCodes, v.description).toContain(issue!.code);
      expect(v.acceptedCodes[0]).toBe(v.expectedCode);
    }
  });

});

test.each(cases.filter((c) => c.textual))("$name: as text, every violation sends a string, a number or a boolean", (c) => {
  for (const v of violations(c.schema, validExample(c.schema, judge), { textual: true, judge })) {
    const value = (v.value as JsonObject)[v.pointer.split("/")[1]!.replace(/~1/g, "/").replace(/~0/g, "~")];
    expect(["string", "number", "boolean", "undefined"], v.description).toContain(typeof value);
  }
});

// Hand-made schemas, one concern each: [name, schema, valid instance, textual, expected "keyword pointer code" lines].
const unitCases: [string, Json, unknown, boolean, string[]][] = [
  ["codes: the field's own, the enclosing one, generic for an unknown field", {
    type: "object", "x-error-code": "outer", additionalProperties: false, required: ["n", "s"],
    properties: { n: { type: "integer", minimum: 1, maximum: 5, "x-error-code": "bad_n" }, s: { type: "string" } },
  }, { n: 2, s: "x" }, false, [
    "type  outer", "required /n bad_n", "required /s outer", "additionalProperties /unexpected_field invalid_request",
    "type /n bad_n", "minimum /n bad_n", "maximum /n bad_n", "type /s outer",
  ]],
  ["numbers: exclusive bounds and multipleOf", { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 10, multipleOf: 0.5 }, 2, false,
    ["type  invalid_request", "exclusiveMinimum  invalid_request", "exclusiveMaximum  invalid_request", "multipleOf  invalid_request"]],
  ["strings: length, pattern, enum, const", {
    type: "object", properties: { a: { type: "string", minLength: 2, maxLength: 4, pattern: "^[a-z]+$" }, b: { enum: ["x", "y"] }, c: { const: "k" } },
  }, { a: "abc", b: "x", c: "k" }, false, ["type  invalid_request", "type /a invalid_request", "minLength /a invalid_request",
    "maxLength /a invalid_request", "pattern /a invalid_request", "enum /b invalid_request", "const /c invalid_request"]],
  ...["email", "uri", "date-time", "date", "uuid"].map((format): [string, Json, unknown, boolean, string[]] =>
    [`format ${format}`, { type: "string", format, "x-error-code": "bad_format" }, undefined, false, ["type  bad_format", "format  bad_format"]]),
  ["arrays: items, minItems, maxItems, uniqueItems", { type: "array", items: { type: "integer", "x-error-code": "bad_item" }, minItems: 1, maxItems: 2, uniqueItems: true }, [1],
    false, ["type  invalid_request", "minItems  invalid_request", "maxItems  invalid_request", "uniqueItems  invalid_request", "type /0 bad_item"]],
  ["objects: property counts and names (an extra property is added to reach their schema)", {
    type: "object", minProperties: 1, maxProperties: 2, propertyNames: { pattern: "^k", maxLength: 3, "x-error-code": "bad_key" }, additionalProperties: { type: "boolean" },
  }, { k1: true }, false, ["type  invalid_request", "minProperties  invalid_request", "maxProperties  invalid_request",
    "propertyNames  bad_key", "propertyNames  bad_key", "type /k1 invalid_request"]],
  ["conditionals: both branches reached from an instance on one side", {
    type: "object", required: ["kind", "n"], properties: { kind: { enum: ["a", "b"] }, n: { type: "integer", "x-error-code": "bad_n" } },
    if: { required: ["kind"], properties: { kind: { const: "a" } } }, then: { properties: { n: { maximum: 9, "x-error-code": "n_too_large" } } }, else: { properties: { n: { minimum: 100 } } },
  }, { kind: "b", n: 500 }, false, ["type  invalid_request", "required /kind invalid_request", "required /n bad_n", "enum /kind invalid_request",
    "type /n bad_n", "maximum /n n_too_large", "minimum /n invalid_request"]],
  ["allOf: each member's constraints with its own code", { allOf: [{ type: "integer", "x-error-code": "first" }, { minimum: 3, "x-error-code": "second" }] }, 4, false,
    ["type  first", "minimum  second"]],
  ["as text: no type violation for strings or for the wrapper, a non-numeric string for a number", {
    type: "object", required: ["s"], properties: { s: { type: "string", maxLength: 3 }, n: { type: "integer", maximum: 9 } },
  }, { s: "x", n: 1 }, true, ["required /s invalid_request", "maxLength /s invalid_request", "type /n invalid_request", "maximum /n invalid_request"]],
];

test.each(unitCases)("%s", (_name, schema, valid, textual, expected) => {
  const base = valid === undefined ? validExample(schema, judge) : valid;
  const found = violations(schema, base, { textual, judge });
  expect(found.map((v) => `${v.keyword} ${v.pointer} ${v.expectedCode}`).sort()).toEqual([...expected].sort());
  const validate = sdkAjv(schema);
  for (const v of found) {
    expect(errorsOf(validate, v.value).filter((e) => located(e) === v.pointer).map((e) => e.keyword), v.description).toContain(v.keyword);
    if (v.keyword === "type" && textual) expect(typeof getAt(v.value, v.pointer), v.description).toBe("string");
  }
  expect(found.every((v) => v.description.startsWith(v.pointer === "" ? "the instance " : `${v.pointer} `))).toBe(true);
});

function getAt(value: unknown, pointer: string): unknown {
  return pointer.split("/").slice(1).reduce<unknown>((node, key) => (node as JsonObject)[key], value);
}

test("a value that cannot break one constraint alone accepts the code of each constraint it breaks", () => {
  const schema = {
    type: "object", properties: { kind: { enum: ["a", "b"] }, n: { type: "integer", maximum: 100, "x-error-code": "bad_n" } },
    if: { required: ["kind"], properties: { kind: { const: "a" } } }, then: { properties: { n: { maximum: 50, "x-error-code": "n_too_large" } } },
  };
  const found = violations(schema, { kind: "a", n: 1 }, { judge });
  const above100 = found.find((v) => v.schemaPath === "#/properties/n/maximum")!;
  expect(above100.acceptedCodes).toEqual(["bad_n", "n_too_large"]);
  const above50 = found.find((v) => v.schemaPath === "#/then/properties/n/maximum")!;
  expect(above50.acceptedCodes).toEqual(["n_too_large"]);
  expect(found.find((v) => v.keyword === "enum")!.acceptedCodes).toEqual(["invalid_request"]);
});

test("an invalid starting instance is refused with what to do", () => {
  expect(() => violations({ type: "integer", minimum: 1 }, 0)).toThrow(/pass validExample\(schema\)/);
});

test("the generic code is invalid_request", () => {
  expect(GENERIC_ERROR_CODE).toBe("invalid_request");
});
