// Equality helpers: stable JSON for comparing values, and the keywords that only document.
import { type Json, isObject } from "../spec.ts";

/** Keywords that change what readers see in the docs, never what is valid. */
export const DOC_KEYWORDS = new Set(["description", "summary", "title", "examples", "example", "externalDocs", "$comment", "deprecated"]);

/** JSON with sorted keys, for equality. */
export function stable(value: Json | undefined): string {
  if (value === undefined) return "undefined";
  return JSON.stringify(value, (_k, v) => (isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [c]) => a.localeCompare(c))) : v));
}

/** The value without documentation keywords and `x-` extensions: what validation sees. */
export function strip(value: Json): Json {
  if (Array.isArray(value)) return value.map(strip);
  if (!isObject(value)) return value;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) if (!DOC_KEYWORDS.has(k) && !k.startsWith("x-")) out[k] = strip(v);
  return out;
}
