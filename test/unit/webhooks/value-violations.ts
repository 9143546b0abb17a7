// Value restrictions in the spec's event schemas, and events that break exactly one of them. The keywords are
// the ones the breaking-change gate lets the API loosen or remove without a major version (its BOUNDS and
// RESTRICTIONS), found by walking the schemas; the events are the spec's examples, changed in one place.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { impliedKeyword, without } from "../../../scripts/lib/diff/implied.ts";
import { BOUNDS, RESTRICTIONS } from "../../../scripts/lib/diff/schema.ts";
import { type Json, type JsonObject, isObject } from "../../../scripts/lib/spec.ts";
import type { SpecEvent } from "./spec-events.ts";
import { FORMAT_EXAMPLES } from "../../../packages/sandbox/src/conformance/schema/formats.ts";

export const VALUE_KEYWORDS = [...Object.keys(BOUNDS), ...RESTRICTIONS];

export interface Occurrence {
  /** Property names from the event root; "*" is any key of a map (additionalProperties), "[]" any item. */
  path: string[];
  keyword: string;
  schema: JsonObject;
}

/** Every value keyword in an (inlined) schema, with where it applies. */
export function occurrences(schema: Json, path: string[] = []): Occurrence[] {
  if (!isObject(schema)) return [];
  const out: Occurrence[] = VALUE_KEYWORDS.filter((kw) => kw in schema && !implied(schema, kw)).map((keyword) => ({ path, keyword, schema }));
  for (const [name, child] of Object.entries(isObject(schema.properties) ? schema.properties : {})) out.push(...occurrences(child, [...path, name]));
  out.push(...occurrences(schema.additionalProperties ?? null, [...path, "*"]), ...occurrences(schema.items ?? null, [...path, "[]"]));
  for (const kw of ["oneOf", "anyOf", "allOf"]) for (const branch of [schema[kw]].flat()) if (branch !== undefined) out.push(...occurrences(branch, path));
  return out;
}

/** A keyword the rest of the schema already implies (maxLength of an anchored pattern, int64 on an integer) cannot be broken alone. */
function implied(schema: JsonObject, keyword: string): boolean {
  return impliedKeyword(without(schema, keyword), keyword, schema[keyword]) !== undefined;
}

/** The example's value at `path` ("*" and "[]" pick the first key or item), or undefined if the example does not reach it. */
function locate(event: JsonObject, path: string[]): { concrete: string[]; value: Json | undefined } | undefined {
  let node: Json | undefined = event;
  const concrete: string[] = [];
  for (const [i, key] of path.entries()) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    const step: string | undefined = key === "*" ? Object.keys(node)[0] : key === "[]" ? "0" : key;
    if (step === undefined) return undefined;
    concrete.push(step);
    node = (node as Record<string, Json>)[step];
    if (node === undefined && i < path.length - 1) return undefined;
  }
  return { concrete, value: node };
}

const pad = (s: string, n: number) => s + (s.at(-1) ?? "a").repeat(Math.max(0, n - s.length));

/** Values that might break `keyword` of `s`, given the example's value `v`; the caller keeps one that breaks only it. */
function candidates(keyword: string, s: JsonObject, v: Json | undefined): Json[] {
  // A nullable string whose example is null: start from a value its format accepts, so padding breaks only the length.
  const str = typeof v === "string" ? v : (FORMAT_EXAMPLES[String(s.format)] ?? "a");
  const num = typeof v === "number" ? v : 0;
  const arr = Array.isArray(v) ? v : [];
  const obj = isObject(v) ? v : {};
  const filler = Object.values(obj)[0] ?? "v";
  const limit = s[keyword] as number;
  switch (keyword) {
    case "maxLength": return [pad(str, limit + 1)];
    case "minLength": return [str.slice(0, limit - 1)];
    case "pattern": return [pad(str, Math.max(300, str.length * 4)), `${str}-`, `-${str}`, `${str} `, "~"];
    case "format": return [`not-a-${String(s.format)}`, "not-an-email", "~"];
    case "maximum": return [limit + 1];
    case "exclusiveMaximum": return [limit];
    case "minimum": return [limit - 1];
    case "exclusiveMinimum": return [limit];
    case "multipleOf": return [num + 1, num + limit / 2];
    case "maxItems": return [[...arr, ...Array.from({ length: limit + 1 - arr.length }, () => arr[0] ?? null)]];
    case "minItems": return [arr.slice(0, limit - 1)];
    case "uniqueItems": return arr.length > 0 ? [[...arr, arr[0]!]] : [];
    case "maxProperties": {
      const grown: JsonObject = { ...obj };
      for (let i = 0; Object.keys(grown).length <= limit; i++) grown[`k${i}`] = filler;
      return [grown];
    }
    case "minProperties": return [Object.fromEntries(Object.entries(obj).slice(0, limit - 1))];
    case "propertyNames": return ["k".repeat(1000), "", "not a valid name!", "~"].map((k) => ({ ...obj, [k]: filler }));
    default: return [];
  }
}

export interface Violation {
  event: JsonObject;
  /** JSON pointer of the changed value. */
  pointer: string;
}

/**
 * The example changed at one occurrence so that, checked against the spec's own schema (plain ajv, full
 * formats, nothing relaxed), the only failing keyword is the occurrence's. Undefined when the example does not
 * reach that place.
 */
export function violate(e: SpecEvent, o: Occurrence): Violation | undefined {
  const at = locate(e.event, o.path);
  if (!at) return undefined;
  const reference = referenceValidator(e.schema);
  for (const candidate of candidates(o.keyword, o.schema, at.value)) {
    const event = structuredClone(e.event);
    let node = event as Record<string, Json>;
    for (const key of at.concrete.slice(0, -1)) node = node[key] as Record<string, Json>;
    node[at.concrete.at(-1)!] = candidate;
    const pointer = "/" + at.concrete.join("/");
    if (reference(event)) continue;
    const errors = reference.errors ?? [];
    const own = (err: (typeof errors)[number]) => err.keyword === o.keyword || err.schemaPath.includes(`/${o.keyword}/`);
    // Inside a oneOf/anyOf, the other branches' type mismatches and the combinator itself are reported too.
    const alternative = (err: (typeof errors)[number]) =>
      ["oneOf", "anyOf"].includes(err.keyword) || (err.keyword === "type" && /\/(oneOf|anyOf)\//.test(err.schemaPath));
    const here = (err: (typeof errors)[number]) => err.instancePath.startsWith(pointer) || pointer.startsWith(err.instancePath);
    if (errors.some(own) && errors.every((err) => here(err) && (own(err) || alternative(err)))) return { event, pointer };
  }
  throw new Error(`no value breaks only ${o.keyword} at /${o.path.join("/")} in ${e.name}: teach candidates() this case`);
}

const compiled = new WeakMap<JsonObject, ReturnType<Ajv2020["compile"]>>();
function referenceValidator(schema: JsonObject) {
  let validate = compiled.get(schema);
  if (!validate) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
