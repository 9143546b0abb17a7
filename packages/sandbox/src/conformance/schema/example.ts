// One deterministic valid value per schema, for a base instance the violations are built from: the schema's
// own `examples`/`default` where they are valid, every declared property filled in (so that the constraints
// of optional fields are reachable too), and a fixed-seed generated value as the last resort.
import fc from "fast-check";
import { arbitraryFor } from "./arbitrary.ts";
import { FORMAT_EXAMPLES } from "./formats.ts";
import { type Json, type JsonObject, SchemaJudge, isObject, num, typesOf } from "./json.ts";

/**
 * A valid value for `schema`, the same on every call (a fresh copy each time). Throws when none can be found. Found
 * once per schema and judge: a run asks again for each negative case of an operation (its other parameters stay
 * valid), and generating from a pattern is the costly part of a run.
 */
export function validExample(schema: Json, judge: SchemaJudge = new SchemaJudge()): unknown {
  return isObject(schema) ? judge.remembered(schema, () => search(schema, judge)) : search(schema, judge);
}

function search(schema: Json, judge: SchemaJudge): unknown {
  const candidate = build(schema, judge);
  if (candidate !== undefined && judge.valid(schema, candidate)) return candidate;
  for (const seed of [1, 2, 3]) {
    const [sampled] = fc.sample(arbitraryFor(schema, judge), { seed, numRuns: 1 });
    if (judge.valid(schema, sampled)) return sampled;
  }
  throw new Error(`no valid example found for schema ${JSON.stringify(schema).slice(0, 200)}`);
}

function build(schema: Json, judge: SchemaJudge): unknown {
  if (!isObject(schema)) return schema === false ? undefined : null;
  const own = declared(schema);
  if (own !== undefined && judge.valid(schema, own)) return own;
  const types = typesOf(schema);
  const type = types.find((t) => t !== "null") ?? types[0] ?? (isObject(schema.properties) ? "object" : undefined);
  switch (type) {
    case "object": return objectExample(schema, judge);
    case "array": return Array.from({ length: num(schema, "minItems") ?? 0 }, () => validExample(schema.items ?? true, judge));
    case "string": return stringExample(schema, judge);
    case "integer":
    case "number": return numberExample(schema, type === "integer");
    case "boolean": return true;
    case "null": return null;
    default: return undefined;
  }
}

/** The value the schema itself names: const, its first example, its default, its first enum value. */
function declared(schema: JsonObject): unknown {
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  return Array.isArray(schema.enum) ? schema.enum[0] : undefined;
}

function objectExample(schema: JsonObject, judge: SchemaJudge): unknown {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const all: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(properties)) {
    try {
      all[name] = validExample(sub, judge);
    } catch (error) {
      if (required.has(name)) throw error;
    }
  }
  if (judge.valid(schema, all)) return all;
  // Some optional property breaks the whole (a conditional, maxProperties, oneOf): keep only the required ones.
  return Object.fromEntries(Object.entries(all).filter(([name]) => required.has(name)));
}

function stringExample(schema: JsonObject, judge: SchemaJudge): string | undefined {
  const format = typeof schema.format === "string" ? FORMAT_EXAMPLES[schema.format] : undefined;
  if (format !== undefined && judge.valid(schema, format)) return format;
  if (typeof schema.pattern === "string") {
    return fc.sample(arbitraryFor(schema, judge), { seed: 7, numRuns: 1 })[0] as string;
  }
  return "x".repeat(Math.max(1, num(schema, "minLength") ?? 0));
}

function numberExample(schema: JsonObject, integer: boolean): number {
  const exMin = num(schema, "exclusiveMinimum");
  const exMax = num(schema, "exclusiveMaximum");
  const lo = num(schema, "minimum") ?? (exMin === undefined ? undefined : integer ? Math.floor(exMin) + 1 : exMin + 0.5);
  const hi = num(schema, "maximum") ?? (exMax === undefined ? undefined : integer ? Math.ceil(exMax) - 1 : exMax - 0.5);
  const step = num(schema, "multipleOf");
  const base = lo ?? (hi !== undefined ? Math.min(hi, 1) : 1);
  return step === undefined ? base : Math.ceil(base / step) * step;
}
