// Tolerant readers: the schema a receiver checks an incoming payload against, relaxed by exactly the
// changes the spec calls non-breaking, so a genuine event is never turned away for one of them
// (PayConnect would redeliver it until it gives up).
import { type Ajv2020, type KeywordCxt, _ } from "ajv/dist/2020.js";
import { and, not, or } from "ajv/dist/compile/codegen/index.js";
import { BOUNDS, RESTRICTIONS } from "../lib/diff/schema.ts";
import { type Json, type JsonObject, deref, isObject, listOperations, requestBodySchema } from "../lib/spec.ts";

/** Keywords whose value is data, not a schema: never walked into. */
const DATA_KEYWORDS = new Set(["examples", "example", "const", "enum", "default"]);

/**
 * Value restrictions: the bounds and restrictions the breaking-change gate lets the API loosen or remove
 * without a major version (taken from the gate itself, so the two cannot drift apart). A reader needs none of
 * them to hand out a correctly typed object, and a genuine event may break one after such a change.
 */
export const VALUE_KEYWORDS: ReadonlySet<string> = new Set([...Object.keys(BOUNDS), ...RESTRICTIONS]);

/**
 * Rewrites the checks a tolerant reader skips into keywords that apply only in strict mode (see
 * addTolerantKeywords): a growable enum's `enum` → `knownValues` (a new value passes; its base `type` is
 * still checked), `additionalProperties: false` → `closedProperties` (a new optional field passes), and
 * every value restriction (VALUE_KEYWORDS: `maxLength`, `pattern`, `format`, `minimum`, …) → `strictOnly`,
 * and `oneOf` → `anyOf` (its "only one" → `strictOnly`). What stays: types, required fields, `const`, closed
 * enums, the structure (`properties`, `items`, alternatives).
 * One compiled validator serves both modes, so the webhooks bundle does not carry a second copy of every schema.
 */
export function tolerantSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(tolerantSchema);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  const strictOnly: JsonObject = {};
  const growable = node["x-growable-enum"] === true && Array.isArray(node.enum);
  for (const [key, value] of Object.entries(node)) {
    // Kept as written: in strict mode the whole restriction applies (a propertyNames schema included).
    if (VALUE_KEYWORDS.has(key)) strictOnly[key] = value;
    else if (key === "oneOf") {
      // Relaxed branches may overlap where the spec's do not (`{ maxLength: 3 }` vs `{ minLength: 4 }` both fit
      // "ab" once the bounds are strict-only), and "exactly one" would then reject a valid value. A typed reader
      // needs one fitting branch (anyOf); exclusivity is a strict-mode check.
      if (node.anyOf !== undefined) throw new Error("oneOf beside anyOf in one schema is not supported by the tolerant readers");
      out.anyOf = tolerantSchema(value);
      strictOnly.oneOf = value;
    }
    else if (growable && key === "enum") out.knownValues = value;
    else if (key === "additionalProperties" && value === false) {
      if (node.patternProperties !== undefined) throw new Error("additionalProperties: false beside patternProperties is not supported by the tolerant readers");
      out.closedProperties = Object.keys(isObject(node.properties) ? node.properties : {});
    } else out[key] = DATA_KEYWORDS.has(key) ? value : tolerantSchema(value);
  }
  if (Object.keys(strictOnly).length > 0) out.strictOnly = strictOnly;
  if (growable && node.type === undefined) {
    // An enum without `type` still says what kind of values it holds; keep that much in tolerant mode.
    out.type = [...new Set((node.enum as Json[]).map((v) => (v === null ? "null" : typeof v === "number" ? "number" : typeof v)))].sort();
  }
  return out;
}

/**
 * The strict-only keywords. They read `this.strict`: call a validator with `validate.call({ strict: true },
 * data)` (ajv's passContext hands `this` down to every sub-schema); any other call is tolerant.
 */
export function addTolerantKeywords(ajv: Ajv2020): void {
  const strict = _`this && this.strict === true`;
  ajv.addKeyword({
    keyword: "strictOnly",
    schemaType: "object",
    code(cxt: KeywordCxt) {
      // With allErrors every failing keyword records its own error (with its own message, e.g. "must match
      // format \"email\""), and the validator's result is "no errors", so no verdict has to be carried out of the if.
      if (!cxt.allErrors) throw new Error("strictOnly needs ajv's allErrors option");
      cxt.gen.if(strict, () => {
        cxt.subschema({ keyword: "strictOnly" }, cxt.gen.name("valid"));
      });
    },
  });
  ajv.addKeyword({
    keyword: "knownValues",
    schemaType: "array",
    error: { message: "must be one of the values listed in the spec (strict mode)" },
    code(cxt: KeywordCxt) {
      const values = cxt.schema as Json[];
      cxt.fail(and(strict, not(or(...values.map((v) => _`${cxt.data} === ${v as string}`)))));
    },
  });
  ajv.addKeyword({
    keyword: "closedProperties",
    type: "object",
    schemaType: "array",
    error: { message: "must not have properties the spec does not list (strict mode)" },
    code(cxt: KeywordCxt) {
      const names = cxt.schema as string[];
      cxt.gen.if(strict, () =>
        cxt.gen.forIn("key", cxt.data, (key) => {
          cxt.gen.if(not(or(...names.map((n) => _`${key} === ${n}`))), () => cxt.error());
        }),
      );
    },
  });
}

/**
 * The envelope every event shares, for types this SDK does not know: the properties (and required names)
 * all of the spec's event schemas have in common with the same schema (`id`, `created_at`), plus `type` as
 * any string and `data.object` as any object — what the spec's intro promises for every event. The spec's
 * parts are relaxed as tolerantSchema relaxes every event (an `id` beyond today's pattern is still an event).
 */
export function envelopeSchema(spec: JsonObject): JsonObject {
  const events = listOperations(spec, "webhooks").map((hook) => deref(spec, requestBodySchema(spec, hook)!.schema) as JsonObject);
  if (events.length === 0) throw new Error("the spec has no webhooks: there is no event envelope to derive");
  const props = (e: JsonObject) => (isObject(e.properties) ? e.properties : {});
  const requiredOf = (e: JsonObject) => (Array.isArray(e.required) ? e.required.map(String) : []);
  const properties: JsonObject = {};
  for (const [name, schema] of Object.entries(props(events[0]!))) {
    if (name === "type" || name === "data") continue;
    if (events.every((e) => JSON.stringify(props(e)[name]) === JSON.stringify(schema))) properties[name] = tolerantSchema(schema);
  }
  // The SDK's own rules, not the spec's, so not relaxed: an event needs a non-empty type to be dispatched on.
  properties.type = { type: "string", minLength: 1 };
  properties.data = { type: "object", required: ["object"], properties: { object: { type: "object" } } };
  const required = requiredOf(events[0]!).filter((name) => name in properties && events.every((e) => requiredOf(e).includes(name)));
  for (const name of ["type", "data"]) if (!required.includes(name)) required.push(name);
  return { type: "object", required, properties };
}
