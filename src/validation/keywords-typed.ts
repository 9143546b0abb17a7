// The keywords ajv groups by the type of the data (number, string, array, object), each group in ajv's order.
// A group runs only on data of its type (schema-check.ts); its checks may assume that type. Exported one by one
// (`/* @__PURE__ */`: a bundler may drop a made keyword no generated module names), and as groups for schema-check.ts.
import { type Keyword, descend, every, fail, isObject, pointer } from "./check-context.js";
import { format } from "./keywords-untyped.js";

const keywordOf = (at: string) => at.slice(at.lastIndexOf("/") + 1);
const limit = (op: string, test: (v: number, n: number) => boolean): Keyword => (n: number, _s, at) => (data, ctx) =>
  test(data as number, n) || fail(ctx, at, keywordOf(at), { comparison: op, limit: n }, `must be ${op} ${n}`);
const count = (measure: (v: any) => number, more: boolean, unit: string): Keyword => (n: number, _s, at) => (data, ctx) =>
  (more ? measure(data) <= n : measure(data) >= n) || fail(ctx, at, keywordOf(at), { limit: n }, `must NOT have ${more ? "more" : "fewer"} than ${n} ${unit}`);
/** Length in code points, as ajv's ucs2length. */
const length = (s: string) => [...s].length;
const keys = (v: object) => Object.keys(v).length;

export const maximum = /* @__PURE__ */ limit("<=", (v, n) => v <= n);
export const minimum = /* @__PURE__ */ limit(">=", (v, n) => v >= n);
export const exclusiveMaximum = /* @__PURE__ */ limit("<", (v, n) => v < n);
export const exclusiveMinimum = /* @__PURE__ */ limit(">", (v, n) => v > n);
export const NUMBER: Record<string, Keyword> = { maximum, minimum, exclusiveMaximum, exclusiveMinimum, format };

export const maxLength = /* @__PURE__ */ count(length, true, "characters");
export const minLength = /* @__PURE__ */ count(length, false, "characters");
export const pattern: Keyword = (source: string, _s, at) => {
  const re = new RegExp(source, "u");
  return (data, ctx) => re.test(data as string) || fail(ctx, at, "pattern", { pattern: source }, `must match pattern "${source}"`);
};
export const STRING: Record<string, Keyword> = { maxLength, minLength, pattern, format };

export const maxItems = /* @__PURE__ */ count((v: unknown[]) => v.length, true, "items");
export const minItems = /* @__PURE__ */ count((v: unknown[]) => v.length, false, "items");
export const items: Keyword = (schema, _s, at, sub) => {
  const check = sub(schema, at);
  return (data, ctx) => every(ctx, data as unknown[], (item, i) => descend(ctx, `/${i}`, check, item));
};
export const ARRAY: Record<string, Keyword> = { maxItems, minItems, items };

export const maxProperties = /* @__PURE__ */ count(keys, true, "properties");
export const minProperties = /* @__PURE__ */ count(keys, false, "properties");
export const required: Keyword = (names: string[], _s, at) => (data, ctx) => {
  // Stryker disable next-line ConditionalExpression: fast path; `every` below answers the same when nothing is missing
  for (const name of names) if ((data as Record<string, unknown>)[name] === undefined) return every(ctx, names, (n) => (data as Record<string, unknown>)[n] !== undefined || fail(ctx, at, "required", { missingProperty: n }, `must have required property '${n}'`));
  return true;
};
export const propertyNames: Keyword = (schema, _s, at, sub) => {
  const check = sub(schema, at);
  return (data, ctx) => every(ctx, Object.keys(data as object), (key) => check(key, ctx) || fail(ctx, at, "propertyNames", { propertyName: key }, "property name must be valid"));
};
export const additionalProperties: Keyword = (schema, parent, at, sub) => {
  const known = new Set(Object.keys(isObject(parent.properties) ? parent.properties : {}));
  const check = schema === false ? undefined : sub(schema, at);
  return (data, ctx) => {
    let ok = true;
    for (const key of Object.keys(data as object)) {
      if (known.has(key)) continue;
      const value = (data as Record<string, unknown>)[key];
      // Stryker disable next-line ConditionalExpression: fast path; descend without errors is the bare check
      if (check ? (ctx.errors === null ? check(value, ctx) : descend(ctx, pointer(key), check, value))
        : fail(ctx, at, "additionalProperties", { additionalProperty: key }, "must NOT have additional properties")) continue;
      ok = false;
      // Stryker disable next-line ConditionalExpression: fast path; going on without collecting changes no verdict
      if (ctx.errors === null) return false;
    }
    return ok;
  };
};
export const properties: Keyword = (props: Record<string, unknown>, _s, at, sub) => {
  const names = Object.keys(props);
  const segments = names.map(pointer);
  const checks = names.map((name, i) => sub(props[name], at + segments[i]));
  // Only a name Object.prototype also has ("constructor") can be found without being the data's own.
  const inherited = names.map((name) => name in Object.prototype);
  return (data, ctx) => {
    let ok = true;
    for (let i = 0; i < names.length; i++) {
      const value = (data as Record<string, unknown>)[names[i]!];
      if (value === undefined || (inherited[i] && !Object.hasOwn(data as object, names[i]!)) || descend(ctx, segments[i]!, checks[i]!, value)) continue;
      ok = false;
      // Stryker disable next-line ConditionalExpression: fast path; going on without collecting changes no verdict
      if (ctx.errors === null) return false;
    }
    return ok;
  };
};
export const closedProperties: Keyword = (names: string[], _s, at, _sub, env) => !env.strict ? undefined : (data, ctx) =>
  every(ctx, Object.keys(data as object), (key) => names.includes(key) || fail(ctx, at, "closedProperties", {}, "must not have properties the spec does not list (strict mode)"));
export const OBJECT: Record<string, Keyword> = { maxProperties, minProperties, required, propertyNames, additionalProperties, properties, closedProperties };
