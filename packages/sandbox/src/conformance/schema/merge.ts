// Folds two schemas into one that admits only what both admit (as far as keywords combine; the rest is kept
// under FILTERS, checked with ajv on each generated value). The generator uses it for allOf, for the `if`
// branch of a conditional (base ∧ if ∧ then) and for the branches of oneOf/anyOf.
import { type Json, type JsonObject, isObject, typesOf } from "./json.ts";

/** Schemas a merged schema could not fold in: a generated value must be checked against each. */
export const FILTERS = "x-conformance-filters";

const LOWER = new Set(["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"]);
const UPPER = new Set(["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "dependentSchemas"]);
const SUBSCHEMAS = new Set(["items", "propertyNames", "contains", "additionalProperties"]);
/** Annotations: the generator never reads them from a merged schema (examples of one side may break the other). */
const CONDITIONAL = ["if", "then", "else"];
const DROPPED = new Set(["examples", "example", "default", "description", "title"]);

export function mergeSchemas(a: Json, b: Json): Json {
  if (a === false || b === false) return false;
  if (a === true || !isObject(a)) return b;
  if (b === true || !isObject(b)) return a;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(a)) if (!DROPPED.has(key)) out[key] = value;
  const filters: Json[] = Array.isArray(out[FILTERS]) ? [...out[FILTERS]] : [];
  const conditional = CONDITIONAL.filter((k) => b[k] !== undefined);
  if (conditional.length > 0 && out.if !== undefined) filters.push(Object.fromEntries(conditional.map((k) => [k, b[k]!])));
  else for (const k of conditional) out[k] = b[k]!;
  for (const [key, value] of Object.entries(b)) {
    if (DROPPED.has(key) || CONDITIONAL.includes(key)) continue;
    const mine = out[key];
    if (mine === undefined) out[key] = value;
    else if (key.startsWith("x-") && key !== FILTERS) continue; // annotations such as x-error-code: the first side's
    else if (key === FILTERS && Array.isArray(value)) filters.push(...value);
    else if (LOWER.has(key) && typeof mine === "number" && typeof value === "number") out[key] = Math.max(mine, value);
    else if (UPPER.has(key) && typeof mine === "number" && typeof value === "number") out[key] = Math.min(mine, value);
    else if (key === "type") out.type = intersectTypes(out, b);
    else if (key === "required" && Array.isArray(mine) && Array.isArray(value)) out.required = [...new Set([...mine, ...value])];
    else if (key === "enum" && Array.isArray(mine) && Array.isArray(value)) out.enum = mine.filter((m) => value.some((v) => JSON.stringify(v) === JSON.stringify(m)));
    else if (SCHEMA_MAPS.has(key) && isObject(mine) && isObject(value)) out[key] = mergeMaps(mine, value);
    else if (SUBSCHEMAS.has(key)) out[key] = mergeSchemas(mine, value);
    else if (key === "allOf" && Array.isArray(mine) && Array.isArray(value)) out.allOf = [...mine, ...value];
    else if (JSON.stringify(mine) !== JSON.stringify(value)) filters.push({ [key]: value });
  }
  if (filters.length > 0) out[FILTERS] = filters;
  return out;
}

function mergeMaps(a: JsonObject, b: JsonObject): JsonObject {
  const out: JsonObject = { ...a };
  for (const [name, schema] of Object.entries(b)) out[name] = Object.hasOwn(out, name) ? mergeSchemas(out[name]!, schema) : schema;
  return out;
}

function intersectTypes(a: JsonObject, b: JsonObject): Json {
  const left = typesOf(a);
  const right = typesOf(b);
  const both = left.flatMap((t) => {
    if (right.includes(t)) return [t];
    // An integer is a number: integer ∧ number = integer.
    if (t === "integer" && right.includes("number")) return [t];
    if (t === "number" && right.includes("integer")) return ["integer"];
    return [];
  });
  return both.length === 1 ? both[0]! : [...new Set(both)];
}
