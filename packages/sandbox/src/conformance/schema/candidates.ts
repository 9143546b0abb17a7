// Replacement values that may break one keyword of a schema node, best first. They are only proposals: the
// violation builder keeps the first one that ajv rejects for exactly that keyword at that place (so a
// candidate that also breaks a sibling keyword loses to one that does not).
import { type Json, type JsonObject, isObject, num, typesOf } from "./json.ts";

export interface CandidateContext {
  /** Values go on the wire as text (query, path, header parameters). */
  textual: boolean;
  /** A valid value for a schema (a valid key, a valid extra property value). */
  example: (schema: Json) => unknown;
}

const OTHER_TYPES: unknown[] = ["not-a-number", 12345, 1.5, true, null, { unexpected: 1 }, ["unexpected"]];

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeAllows(types: string[], value: unknown): boolean {
  const t = jsonType(value);
  return types.includes(t) || (t === "integer" && types.includes("number"));
}

/** A value of a type the schema does not allow; as text, only a non-numeric string for a number or boolean. */
export function typeCandidates(schema: JsonObject, ctx: CandidateContext): unknown[] {
  const types = typesOf(schema);
  if (ctx.textual) return types.includes("string") ? [] : ["not-a-number", "maybe"];
  return OTHER_TYPES.filter((v) => !typeAllows(types, v));
}

/** Mutations of a valid string: case, an added or replaced character, an inner space, truncation, padding. */
export function stringCandidates(keyword: string, schema: JsonObject, value: string, ctx: CandidateContext): string[] {
  const chars = [...value];
  const out: string[] = [];
  const min = num(schema, "minLength");
  const max = num(schema, "maxLength");
  if (keyword === "minLength" && min !== undefined && min > 0) {
    out.push(chars.slice(0, min - 1).join(""), (value || "x").repeat(min).slice(0, min - 1));
  }
  if (keyword === "maxLength" && max !== undefined) {
    const first = chars[0] ?? "a";
    const last = chars[chars.length - 1] ?? "a";
    const pad = Math.max(0, max + 1 - chars.length);
    out.push(first.repeat(pad) + value, value + last.repeat(pad), (value || "a").repeat(max + 1).slice(0, max + 1), "a".repeat(max + 1));
  }
  const middle = Math.floor(chars.length / 2);
  const mutations = [
    value.toLowerCase(), value.toUpperCase(), `${value}!`, `!${value}`, `${chars.slice(0, -1).join("")}!`, `!${chars.slice(1).join("")}`,
    `${chars.slice(0, middle).join("")} ${chars.slice(middle).join("")}`, `${chars.slice(0, middle).join("")}%${chars.slice(middle).join("")}`,
    `${value}x`, `x${value}`, shifted(chars, chars.length - 1), shifted(chars, 0), `not-a-${typeof schema.format === "string" ? schema.format : "value"}`, "unknown_value", "x", "!",
    chars.slice(0, -1).join(""), "",
  ];
  if (!ctx.textual) mutations.push(` ${value}`, `${value} `, `${value}\u00e9`);
  out.push(...mutations);
  return [...new Set(out)].filter((s) => s !== value);
}

/** The string with one character moved to the next code point ("RUB" → "RUC"): same shape, other value. */
function shifted(chars: string[], index: number): string {
  if (chars[index] === undefined) return "x";
  const next = String.fromCodePoint(chars[index].codePointAt(0)! + 1);
  return [...chars.slice(0, index), next, ...chars.slice(index + 1)].join("");
}

/** Numbers just outside a bound (and, for multipleOf, just off the step). */
export function numberCandidates(keyword: string, schema: JsonObject, value: number): number[] {
  const bound = num(schema, keyword);
  if (bound === undefined) return [];
  const integer = typesOf(schema).includes("integer") && !typesOf(schema).includes("number");
  switch (keyword) {
    case "minimum": return integer ? [Math.ceil(bound) - 1] : [bound - 1, bound - 0.5];
    case "maximum": return integer ? [Math.floor(bound) + 1] : [bound + 1, bound + 0.5];
    case "exclusiveMinimum": return integer ? [Math.floor(bound), Math.floor(bound) - 1] : [bound, bound - 1];
    case "exclusiveMaximum": return integer ? [Math.ceil(bound), Math.ceil(bound) + 1] : [bound, bound + 1];
    case "multipleOf": return [value + bound / 2, value + 1, value + bound / 3];
    default: return [];
  }
}

/** For enum/const: values near the allowed ones, same type first. */
export function valueCandidates(value: unknown, allowed: Json[], schema: JsonObject, ctx: CandidateContext): unknown[] {
  const out: unknown[] = [];
  for (const v of [value, ...allowed]) {
    if (typeof v === "string") out.push(...stringCandidates("enum", schema, v, ctx));
    if (typeof v === "number") out.push(v + 1, v - 1, v + 0.5);
    if (typeof v === "boolean") out.push(!v);
  }
  if (!ctx.textual) out.push(...OTHER_TYPES);
  return out;
}

/** Object-level changes: an unknown key, too many keys, too few keys. */
export function objectCandidates(keyword: string, schema: JsonObject, value: Record<string, unknown>, ctx: CandidateContext): Record<string, unknown>[] {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const extraValue = ctx.example(isObject(schema.additionalProperties) ? schema.additionalProperties : { type: "string" });
  const freshKeys = (count: number): string[] => {
    const keys: string[] = [];
    const keyExample = ctx.example({ type: "string", minLength: 1, ...(isObject(schema.propertyNames) ? { allOf: [schema.propertyNames] } : {}) });
    for (let i = 0; keys.length < count && i < count + 50; i++) {
      for (const key of [`unexpected_field_${i}`, `k${i}`, `${String(keyExample)}${i}`]) {
        if (!Object.hasOwn(value, key) && !Object.hasOwn(properties, key) && !keys.includes(key)) {
          keys.push(key);
          break;
        }
      }
    }
    return keys;
  };
  const withKeys = (keys: string[], v: unknown) => {
    const out = { ...value };
    for (const key of keys) Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  };
  const count = Object.keys(value).length;
  switch (keyword) {
    case "additionalProperties": return [withKeys(["unexpected_field"], "x"), withKeys(freshKeys(1), extraValue)];
    case "maxProperties": return [withKeys(freshKeys((num(schema, "maxProperties") ?? 0) + 1 - count), extraValue)];
    case "minProperties": {
      const removable = Object.keys(value).filter((k) => !required.has(k));
      const drop = count - ((num(schema, "minProperties") ?? 0) - 1);
      return drop > 0 && drop <= removable.length ? [Object.fromEntries(Object.entries(value).filter(([k]) => !removable.slice(0, drop).includes(k)))] : [];
    }
    default: return [];
  }
}
