// Values VALID for a JSON Schema (2020-12, as OpenAPI 3.1 writes it, $refs already inlined), as fast-check
// arbitraries: the conformance runner's positive inputs. Generic over keywords, never per operation or field.
// Values stay small (short strings, few optional or extra properties): each one is sent to a rate-limited server.
import fc from "fast-check";
import { formatArbitrary } from "./formats.ts";
import { type Json, type JsonObject, SchemaJudge, isObject, num, typesOf } from "./json.ts";
import { FILTERS, mergeSchemas } from "./merge.ts";

export { validExample } from "./example.ts";

/** An arbitrary of values that pass `schema`. Throws for a schema that admits nothing (`false`). */
export function arbitraryFor(schema: Json, judge: SchemaJudge = new SchemaJudge()): fc.Arbitrary<unknown> {
  if (schema === false) throw new Error("the schema `false` admits no value: nothing valid can be generated");
  if (!isObject(schema)) return fc.constantFrom<unknown>(null, 0, "x", true);
  if (typeof schema.$ref === "string") throw new Error(`schema still has $ref ${schema.$ref}: inline it first (loadConformanceSpec returns inlined schemas)`);
  const { allOf, if: condition, then, else: otherwise, oneOf, anyOf, not, [FILTERS]: filters, ...rest } = schema;
  if (Array.isArray(allOf)) {
    const merged = allOf.reduce<Json>((acc, member) => mergeSchemas(acc, member), withOwn(rest, { if: condition, then, else: otherwise, oneOf, anyOf, not, [FILTERS]: filters }));
    return arbitraryFor(merged, judge);
  }
  if (condition !== undefined) {
    const base = withOwn(rest, { oneOf, anyOf, not, [FILTERS]: filters });
    // Both sides of the conditional: base ∧ if ∧ then (e.g. the RUB cap), and base ∧ else where `if` fails.
    const whenTrue = arbitraryFor(mergeSchemas(mergeSchemas(base, condition), then ?? true), judge);
    const whenFalse = arbitraryFor(mergeSchemas(base, otherwise ?? true), judge).filter((v) => !judge.valid(condition, v));
    return fc.oneof(whenTrue, whenFalse);
  }
  const branches = Array.isArray(oneOf) ? oneOf : Array.isArray(anyOf) ? anyOf : undefined;
  if (branches !== undefined) {
    const base = withOwn(rest, { not, [FILTERS]: filters, ...(Array.isArray(oneOf) && Array.isArray(anyOf) ? { anyOf } : {}) });
    const arb = fc.oneof(...branches.map((branch) => arbitraryFor(mergeSchemas(base, branch), judge)));
    // oneOf: exactly one branch may match.
    return Array.isArray(oneOf) ? arb.filter((v) => oneOf.filter((b) => judge.valid(b, v)).length === 1) : arb;
  }
  let arb = plain(rest, judge);
  if (not !== undefined) arb = arb.filter((v) => !judge.valid(not, v));
  if (Array.isArray(filters)) arb = arb.filter((v) => filters.every((f) => judge.valid(f, v)));
  return arb;
}

function withOwn(base: JsonObject, extra: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) out[key] = value;
  return out;
}

/** A schema without combinators: const, enum, or one of its types. */
function plain(schema: JsonObject, judge: SchemaJudge): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) {
    const allowed = schema.enum.filter((v) => judge.valid(schema, v));
    if (allowed.length === 0) throw new Error(`no value of enum ${JSON.stringify(schema.enum)} passes the rest of its schema`);
    return fc.constantFrom(...allowed);
  }
  const types = typesOf(schema);
  const chosen = types.length > 0 ? types : inferTypes(schema);
  return fc.oneof(...chosen.map((type) => ofType(type, schema, judge)));
}

function inferTypes(schema: JsonObject): string[] {
  if (["properties", "additionalProperties", "required", "propertyNames", "maxProperties", "minProperties"].some((k) => k in schema)) return ["object"];
  if (["items", "prefixItems", "minItems", "maxItems"].some((k) => k in schema)) return ["array"];
  if (["pattern", "format", "minLength", "maxLength"].some((k) => k in schema)) return ["string"];
  if (["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"].some((k) => k in schema)) return ["number"];
  return ["string", "integer", "boolean", "null"];
}

function ofType(type: string, schema: JsonObject, judge: SchemaJudge): fc.Arbitrary<unknown> {
  switch (type) {
    case "string": return stringFor(schema, judge);
    case "integer": return numberFor(schema, true);
    case "number": return numberFor(schema, false);
    case "boolean": return fc.boolean();
    case "null": return fc.constant(null);
    case "array": return arrayFor(schema, judge);
    case "object": return objectFor(schema, judge);
    default: throw new Error(`unknown JSON Schema type ${type}`);
  }
}

function stringFor(schema: JsonObject, judge: SchemaJudge): fc.Arbitrary<string> {
  const min = num(schema, "minLength") ?? 0;
  const max = num(schema, "maxLength");
  const fits = (s: string) => [...s].length >= min && (max === undefined || [...s].length <= max);
  const pattern = typeof schema.pattern === "string" ? new RegExp(schema.pattern, "u") : undefined;
  const format = typeof schema.format === "string" ? formatArbitrary(schema.format, judge) : undefined;
  if (format !== undefined) return format.filter((s) => fits(s) && (pattern === undefined || pattern.test(s)));
  if (pattern !== undefined) return matching(pattern, max).filter(fits);
  return fc.string({ minLength: min, maxLength: Math.min(max ?? Infinity, min + 12) });
}

/** fast-check compiles a pattern into an arbitrary on every stringMatching call (~1–5 ms each, a third of a run's
 *  time when each draw asked anew); arbitraries are immutable, so one per pattern and length serves every run. */
const matchers = new Map<string, fc.Arbitrary<string>>();
function matching(pattern: RegExp, max: number | undefined): fc.Arbitrary<string> {
  const key = `${max ?? ""}/${pattern.source}`;
  let arb = matchers.get(key);
  if (arb === undefined) {
    arb = fc.stringMatching(pattern, { size: "xsmall", ...(max === undefined ? {} : { maxLength: max }) });
    matchers.set(key, arb);
  }
  return arb;
}

function numberFor(schema: JsonObject, integer: boolean): fc.Arbitrary<number> {
  const exMin = num(schema, "exclusiveMinimum");
  const exMax = num(schema, "exclusiveMaximum");
  let lo = Math.max(num(schema, "minimum") ?? -Infinity, exMin === undefined ? -Infinity : integer ? Math.floor(exMin) + 1 : exMin);
  let hi = Math.min(num(schema, "maximum") ?? Infinity, exMax === undefined ? Infinity : integer ? Math.ceil(exMax) - 1 : exMax);
  // Unbounded sides get a modest range: big enough to vary, small enough for any server's integer type.
  if (lo === -Infinity) lo = hi === Infinity ? -1_000_000 : hi - 1_000_000;
  if (hi === Infinity) hi = lo + 1_000_000;
  const step = num(schema, "multipleOf");
  if (step !== undefined) {
    const first = Math.ceil(lo / step);
    const last = Math.floor(hi / step);
    return fc.integer({ min: first, max: last }).map((k) => k * step).filter((v) => (exMin === undefined || v > exMin) && (exMax === undefined || v < exMax));
  }
  if (integer) return fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) });
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true, minExcluded: exMin !== undefined && lo === exMin, maxExcluded: exMax !== undefined && hi === exMax });
}

function arrayFor(schema: JsonObject, judge: SchemaJudge): fc.Arbitrary<unknown[]> {
  const minLength = num(schema, "minItems") ?? 0;
  const maxLength = Math.min(num(schema, "maxItems") ?? Infinity, minLength + 3);
  const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems.map((s) => arbitraryFor(s, judge)) : [];
  const item = arbitraryFor(schema.items ?? true, judge);
  const tail = schema.uniqueItems === true
    ? fc.uniqueArray(item, { minLength: Math.max(0, minLength - prefix.length), maxLength: Math.max(0, maxLength - prefix.length), selector: (v) => JSON.stringify(v) })
    : fc.array(item, { minLength: Math.max(0, minLength - prefix.length), maxLength: Math.max(0, maxLength - prefix.length) });
  const arb = fc.tuple(fc.tuple(...prefix), tail).map(([head, rest]) => [...head, ...rest]);
  return schema.uniqueItems === true ? arb.filter((a) => new Set(a.map((v) => JSON.stringify(v))).size === a.length) : arb;
}

function objectFor(schema: JsonObject, judge: SchemaJudge): fc.Arbitrary<Record<string, unknown>> {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) model[name] = arbitraryFor(sub, judge);
  // A required name the schema does not describe takes any small value the extra-property schema allows.
  for (const name of required) model[name] ??= arbitraryFor(isObject(schema.additionalProperties) ? schema.additionalProperties : true, judge);
  const declared = fc.record(model, { requiredKeys: required });
  const minProperties = num(schema, "minProperties") ?? 0;
  const maxProperties = num(schema, "maxProperties") ?? Infinity;
  const extraSchema = schema.additionalProperties === false ? undefined : isObject(schema.additionalProperties) ? schema.additionalProperties : minProperties > 0 ? true : undefined;
  const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties).map((p) => new RegExp(p, "u")) : [];
  const keyArb = arbitraryFor(mergeSchemas({ type: "string", minLength: 1 }, schema.propertyNames ?? true), judge) as fc.Arbitrary<string>;
  const extras = extraSchema === undefined
    ? fc.constant([] as [string, unknown][])
    : fc.uniqueArray(
      fc.tuple(keyArb.filter((k) => !Object.hasOwn(model, k) && !patterns.some((p) => p.test(k))), arbitraryFor(extraSchema, judge)),
      { selector: ([k]) => k, minLength: Math.max(0, minProperties - Object.keys(model).length), maxLength: Math.max(0, Math.min(2, maxProperties - required.length)) },
    );
  return fc.tuple(declared, extras).map(([own, more]) => {
    const out: Record<string, unknown> = {};
    // defineProperty: a generated key such as "__proto__" stays an own, enumerable, JSON-visible property.
    for (const [k, v] of [...Object.entries(own), ...more]) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  }).filter((o) => {
    const count = Object.keys(o).length;
    return count >= minProperties && count <= maxProperties && (schema.propertyNames === undefined || Object.keys(o).every((k) => judge.valid(schema.propertyNames!, k)));
  });
}
