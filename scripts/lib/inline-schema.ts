// Inlining a schema's local $refs so it stands alone (validators, examples, the breaking-change gate, the
// conformance engine). A $ref's siblings are kept with JSON Schema's meaning: both apply.
import { type Json, type JsonObject, isObject, resolvePointer } from "./spec.ts";

/**
 * Inlines every local $ref of a schema so it is self-contained (the specs' schemas are not recursive).
 * Keywords beside a $ref (allowed in 3.1) are kept: an annotation (`description`) wins over the target's, an
 * assertion the target also makes is kept beside it under allOf.
 */
export function inlineSchema(root: JsonObject, schema: Json, stack: string[] = []): Json {
  if (Array.isArray(schema)) return schema.map((item) => inlineSchema(root, item, stack));
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref !== "string") return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inlineSchema(root, value, stack)]));
  if (stack.includes(schema.$ref)) throw new Error(`recursive schema ${[...stack, schema.$ref].join(" -> ")}`);
  const target = inlineSchema(root, resolvePointer(root, schema.$ref), [...stack, schema.$ref]);
  // A $ref to `false` rejects every value, whatever its siblings allow.
  if (target === false) return false;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  const own = new Set(Object.keys(result));
  // JSON Schema applies a $ref and its siblings both. A sibling that asserts what the target already asserts
  // (a bound, a type, a pattern) must not replace it: both go under allOf, which every JSON Schema validator
  // applies. Keywords that read each other (DEPENDENT) move together: mixed into the target's, a sibling's
  // `additionalProperties: false` would let the target's properties through, its `then` obey the target's `if`.
  // Annotations and x- extensions of the sibling replace the target's.
  const both: JsonObject[] = [];
  const grouped = DEPENDENT.map((): JsonObject => ({}));
  for (const [key, value] of Object.entries(schema)) {
    if (key === "$ref") continue;
    const inlined = inlineSchema(root, value, stack);
    const group = DEPENDENT.findIndex((keys) => keys.includes(key));
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) result[key] = inlined;
    else if (UNEVALUATED.some((k) => own.has(k))) {
      // The target's unevaluated* would see what the siblings evaluate once they sit beside it.
      throw new Error(`${schema.$ref} has ${UNEVALUATED.filter((k) => own.has(k)).join(" and ")}: a $ref to it cannot carry "${key}" beside it; write allOf: [{ $ref: "${schema.$ref}" }, { ${key}: … }] instead`);
    } else if (group >= 0 && DEPENDENT[group]!.some((k) => own.has(k))) grouped[group]![key] = inlined;
    else if (key === "allOf" && Array.isArray(result.allOf) && Array.isArray(inlined)) result.allOf = [...result.allOf, ...inlined];
    else if (own.has(key) && key !== "allOf") both.push({ [key]: inlined });
    else result[key] = inlined;
  }
  both.push(...grouped.filter((g) => Object.keys(g).length > 0));
  if (both.length > 0) result.allOf = [...(Array.isArray(result.allOf) ? result.allOf : []), ...both];
  return result;
}

/** Keywords that describe and do not assert: a $ref's sibling may replace the target's. */
const ANNOTATIONS = new Set(["description", "title", "summary", "examples", "example", "default", "deprecated", "readOnly", "writeOnly", "$comment"]);
/** Keywords that read the others of their group in the same schema object. */
const DEPENDENT = [
  ["properties", "patternProperties", "additionalProperties"],
  ["prefixItems", "items", "contains", "minContains", "maxContains"],
  ["if", "then", "else"],
];
/** Keywords that see what every keyword beside them evaluated (a $ref's target included). */
const UNEVALUATED = ["unevaluatedProperties", "unevaluatedItems"];
