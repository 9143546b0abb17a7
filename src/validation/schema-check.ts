// A JSON Schema (2020-12) checker for the keywords the generator lets into a spec, compiled once per schema
// into closures. It reports every problem (ajv's allErrors) as ajv would, in ajv's order and words, so the
// generated validators carry data instead of code: test/unit/validation/differential.test.ts holds it to ajv
// on every schema in the spec. Tolerant readers: `strictOnly`, `knownValues` and `closedProperties`
// (scripts/gen/tolerant.ts) apply only when the validator is called with `this.strict === true`.

/** An ajv error object (the fields the SDK reads). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator: returns whether `data` is valid and leaves the problems in `errors`. */
export interface CompiledValidator {
  (this: unknown, data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export type Schema = { readonly [keyword: string]: unknown };
/** Format checks by name; a check of a numeric format (int32) is applied to numbers, any other to strings. */
export type Formats = Readonly<Record<string, { number?: boolean; check: (value: never) => boolean }>>;

/**
 * `errors` null: only the verdict is wanted, and a check stops at the first problem. A validator runs that way
 * first and collects errors (every one, in ajv's order) only for data that failed. The instance path is a
 * stack of pointer segments, joined when an error is recorded.
 */
type Ctx = { errors: SchemaError[] | null; path: string[] };
/** Whether `data` passed; when it did not and errors are collected, they are in `ctx.errors`. */
type Check = (data: unknown, ctx: Ctx) => boolean;
/** Builds the check of one keyword, or undefined when the keyword asks nothing in this mode. */
type Keyword = (value: any, schema: Schema, at: string, sub: (schema: unknown, at: string) => Check, env: Env) => Check | undefined;
interface Env {
  /** Strict mode: the tolerant readers' strict-only keywords apply (else they compile to nothing). */
  strict: boolean;
  formats: Formats;
  defs: Readonly<Record<string, Schema>>;
  refs: Map<string, Check>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const pointer = (key: string) => "/" + (/[~/]/.test(key) ? key.replace(/~/g, "~0").replace(/\//g, "~1") : key);
const length = (s: string) => [...s].length;

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  // An array is its items (as for ajv's fast-deep-equal and JSON.stringify): other own properties do not count.
  if (Array.isArray(b)) return (a as unknown[]).length === b.length && b.every((v, i) => equal((a as unknown[])[i], v));
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && equal((a as never)[k], (b as never)[k]));
}

/** Records a problem (when errors are collected); always false, the verdict of the failing check. */
function fail(ctx: Ctx, at: string, keyword: string, params: Record<string, unknown>, message: string): false {
  ctx.errors?.push({ instancePath: ctx.path.join(""), schemaPath: at, keyword, params, message });
  return false;
}

/** Drops the errors recorded since there were `count` (the failed tries of an alternative that passed); true. */
function forget(ctx: Ctx, count = 0): true {
  if (ctx.errors) ctx.errors.length = count;
  return true;
}

/** Checks `data` (a property or item) with `check`, one segment deeper. */
function descend(ctx: Ctx, segment: string, check: Check, data: unknown): boolean {
  if (!ctx.errors) return check(data, ctx);
  ctx.path.push(segment);
  const ok = check(data, ctx);
  ctx.path.pop();
  return ok;
}

/** Runs `checks` on each element of `items` (all of them when errors are collected, else up to the first failure). */
function every<T>(ctx: Ctx, items: readonly T[], check: (item: T, index: number) => boolean): boolean {
  let ok = true;
  for (let i = 0; i < items.length; i++) {
    if (!check(items[i]!, i)) {
      ok = false;
      if (!ctx.errors) break;
    }
  }
  return ok;
}

const TYPES: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  // As ajv without strictNumbers: NaN and Infinity are numbers (a bound then rejects them), Infinity an integer.
  number: (v) => typeof v === "number",
  integer: (v) => typeof v === "number" && !(v % 1) && !isNaN(v),
  boolean: (v) => typeof v === "boolean",
  null: (v) => v === null,
  object: isObject,
  array: Array.isArray,
};

const keywordOf = (at: string) => at.slice(at.lastIndexOf("/") + 1);
const limit = (op: string, test: (v: number, n: number) => boolean): Keyword => (n: number, _s, at) => (data, ctx) =>
  test(data as number, n) || fail(ctx, at, keywordOf(at), { comparison: op, limit: n }, `must be ${op} ${n}`);
const count = (measure: (v: any) => number, more: boolean, unit: string): Keyword => (n: number, _s, at) => (data, ctx) =>
  (more ? measure(data) <= n : measure(data) >= n) || fail(ctx, at, keywordOf(at), { limit: n }, `must NOT have ${more ? "more" : "fewer"} than ${n} ${unit}`);

/** The verdict of `check` alone, with nothing recorded. */
const passes = (check: Check, data: unknown, ctx: Ctx) => check(data, { errors: null, path: ctx.path });

// Keywords that apply to any data, then by the data's type, each group in ajv's order.
const UNTYPED: Record<string, Keyword> = {
  $ref: (ref: string, _s, _at, _sub, env) => {
    const name = ref.slice(ref.lastIndexOf("/") + 1);
    const target = Object.hasOwn(env.defs, name) ? env.defs[name] : undefined;
    if (target === undefined) throw new Error(`$ref ${ref} does not resolve`);
    const at = `${ref.slice(0, ref.lastIndexOf("/"))}/${name}`;
    // Compiled on first use (a schema may refer to itself), once per validator and mode.
    let check: Check | undefined;
    return (data, ctx) => {
      if (!check) {
        check = env.refs.get(at);
        if (!check) env.refs.set(at, (check = compileNode(target, at, env)));
      }
      return check(data, ctx);
    };
  },
  const: (value, _s, at) => (data, ctx) => equal(data, value) || fail(ctx, at, "const", { allowedValue: value }, "must be equal to constant"),
  enum: (values: unknown[], _s, at) => (data, ctx) =>
    values.some((v) => equal(data, v)) || fail(ctx, at, "enum", { allowedValues: values }, "must be equal to one of the allowed values"),
  anyOf: (branches: unknown[], _s, at, sub) => {
    const checks = branches.map((b, i) => sub(b, `${at}/${i}`));
    // Branches record straight into ctx.errors, dropped again when one passes (as ajv): no copying, which for
    // very many errors would also overflow an argument list.
    return (data, ctx) => {
      const start = ctx.errors?.length;
      for (const check of checks) if (check(data, ctx)) return forget(ctx, start);
      return fail(ctx, at, "anyOf", {}, "must match a schema in anyOf");
    };
  },
  oneOf: (branches: unknown[], _s, at, sub) => {
    const checks = branches.map((b, i) => sub(b, `${at}/${i}`));
    return (data, ctx) => {
      const start = ctx.errors?.length;
      const passing: number[] = [];
      for (let i = 0; i < checks.length && passing.length < 2; i++) if (checks[i]!(data, ctx)) passing.push(i);
      if (passing.length === 1) return forget(ctx, start);
      // As ajv: the errors of the branches that failed before it stopped stay, also when two passed.
      return fail(ctx, at, "oneOf", { passingSchemas: passing.length ? passing : null }, "must match exactly one schema in oneOf");
    };
  },
  if: (cond, schema, at, sub) => {
    if (schema.then === undefined) return undefined;
    const test = sub(cond, at);
    const then = sub(schema.then, at.replace(/if$/, "then"));
    return (data, ctx) => !passes(test, data, ctx) || then(data, ctx) || fail(ctx, at, "if", { failingKeyword: "then" }, 'must match "then" schema');
  },
  strictOnly: (rules, _s, at, sub, env) => (env.strict ? sub(rules, at) : undefined),
  knownValues: (values: unknown[], _s, at, _sub, env) => !env.strict ? undefined : (data, ctx) =>
    values.includes(data) || fail(ctx, at, "knownValues", {}, "must be one of the values listed in the spec (strict mode)"),
};

/** `format` belongs to the number and the string group (as in ajv); a format's check says which data it reads. */
const format: Keyword = (name: string, _s, at, _sub, env) => {
  const known = env.formats[name];
  if (!known) throw new Error(`format ${name} has no check`);
  const check = known.check as (v: unknown) => boolean;
  const type = known.number ? "number" : "string";
  return (data, ctx) => typeof data !== type || check(data) || fail(ctx, at, "format", { format: name }, `must match format "${name}"`);
};

// The typed groups' checks run only on data of their type.
const NUMBER: Record<string, Keyword> = {
  maximum: limit("<=", (v, n) => v <= n),
  minimum: limit(">=", (v, n) => v >= n),
  exclusiveMaximum: limit("<", (v, n) => v < n),
  exclusiveMinimum: limit(">", (v, n) => v > n),
  format,
};

const STRING: Record<string, Keyword> = {
  maxLength: count(length, true, "characters"),
  minLength: count(length, false, "characters"),
  pattern: (source: string, _s, at) => {
    const re = new RegExp(source, "u");
    return (data, ctx) => re.test(data as string) || fail(ctx, at, "pattern", { pattern: source }, `must match pattern "${source}"`);
  },
  format,
};

const ARRAY: Record<string, Keyword> = {
  maxItems: count((v: unknown[]) => v.length, true, "items"),
  minItems: count((v: unknown[]) => v.length, false, "items"),
  items: (schema, _s, at, sub) => {
    const check = sub(schema, at);
    return (data, ctx) => every(ctx, data as unknown[], (item, i) => descend(ctx, `/${i}`, check, item));
  },
};

const keys = (v: object) => Object.keys(v).length;
const OBJECT: Record<string, Keyword> = {
  maxProperties: count(keys, true, "properties"),
  minProperties: count(keys, false, "properties"),
  required: (names: string[], _s, at) => (data, ctx) => {
    for (const name of names) if ((data as Record<string, unknown>)[name] === undefined) return every(ctx, names, (n) => (data as Record<string, unknown>)[n] !== undefined || fail(ctx, at, "required", { missingProperty: n }, `must have required property '${n}'`));
    return true;
  },
  propertyNames: (schema, _s, at, sub) => {
    const check = sub(schema, at);
    return (data, ctx) => every(ctx, Object.keys(data as object), (key) => check(key, ctx) || fail(ctx, at, "propertyNames", { propertyName: key }, "property name must be valid"));
  },
  additionalProperties: (schema, parent, at, sub) => {
    const known = new Set(Object.keys(isObject(parent.properties) ? parent.properties : {}));
    const check = schema === false ? undefined : sub(schema, at);
    return (data, ctx) => {
      let ok = true;
      for (const key of Object.keys(data as object)) {
        if (known.has(key)) continue;
        const value = (data as Record<string, unknown>)[key];
        if (check ? (ctx.errors === null ? check(value, ctx) : descend(ctx, pointer(key), check, value))
          : fail(ctx, at, "additionalProperties", { additionalProperty: key }, "must NOT have additional properties")) continue;
        ok = false;
        if (ctx.errors === null) return false;
      }
      return ok;
    };
  },
  properties: (props: Record<string, unknown>, _s, at, sub) => {
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
        if (ctx.errors === null) return false;
      }
      return ok;
    };
  },
  closedProperties: (names: string[], _s, at, _sub, env) => !env.strict ? undefined : (data, ctx) =>
    every(ctx, Object.keys(data as object), (key) => names.includes(key) || fail(ctx, at, "closedProperties", {}, "must not have properties the spec does not list (strict mode)")),
};

/** ajv's keyword groups, in its order: the untyped keywords, then one group per JSON type, run only on data of that type. */
const GROUPS: { type?: string; keywords: Record<string, Keyword> }[] = [
  { keywords: UNTYPED },
  { type: "number", keywords: NUMBER },
  { type: "string", keywords: STRING },
  { type: "array", keywords: ARRAY },
  { type: "object", keywords: OBJECT },
];
/**
 * Every keyword this checker knows, the ones it checks and those that only annotate or that another keyword
 * reads (`then` by `if`). Any other is ignored here, so the generator refuses a schema that has one.
 */
export function knownKeywords(): Set<string> {
  const passive = ["$id", "$schema", "$defs", "title", "description", "default", "examples", "example", "deprecated", "readOnly", "writeOnly", "then", "discriminator", "$comment"];
  return new Set(["type", ...passive, ...GROUPS.flatMap((g) => Object.keys(g.keywords))]);
}

function compileNode(schema: unknown, at: string, env: Env): Check {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return () => true;
  if (schema === false) return (_d, ctx) => fail(ctx, `${at}/false schema`, "false schema", {}, "boolean schema is false");
  if (!isObject(schema)) throw new Error(`schema at ${at} is not an object`);
  const sub = (child: unknown, childAt: string) => compileNode(child, childAt, env);
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string);
  const typeError = (ctx: Ctx) => ctx.errors !== null && fail(ctx, `${at}/type`, "type", { type: schema.type }, `must be ${types.join(",")}`);
  const groups = GROUPS.map(({ type, keywords }) => {
    const made = Object.entries(keywords).map(([keyword, make]) => (schema[keyword] === undefined ? undefined : make(schema[keyword], schema, `${at}/${keyword}`, sub, env)));
    const checks = made.filter((c) => c !== undefined);
    // Like ajv: a single type whose own group has keywords here is reported where that group runs, not first.
    return { is: type === undefined ? undefined : TYPES[type]!, checks, reportsType: types.length === 1 && types[0] === type && checks.length > 0 };
  }).filter((g) => g.checks.length > 0);
  const typeFirst = types.length > 0 && !groups.some((g) => g.reportsType);
  const typeFns = types.map((t) => TYPES[t]!);
  const isType = typeFns.length === 1 ? typeFns[0]! : (data: unknown) => {
    for (const is of typeFns) if (is(data)) return true;
    return false;
  };
  // The common leaf (a type and nothing else in this mode).
  if (groups.length === 0) return typeFirst ? (data, ctx) => isType(data) || typeError(ctx) : () => true;
  return (data, ctx) => {
    let ok = !typeFirst || isType(data) || typeError(ctx);
    for (const group of groups) {
      if (!ok && ctx.errors === null) return false;
      if (group.is && !group.is(data)) {
        if (group.reportsType) ok = typeError(ctx);
        continue;
      }
      for (const check of group.checks) {
        if (check(data, ctx)) continue;
        ok = false;
        if (ctx.errors === null) return false;
      }
    }
    return ok;
  };
}

/**
 * A validator for `schema`, compiled for each mode on its first call in that mode (strict when called with
 * `this.strict === true`); `defs` are what `$ref: "…#/$defs/<name>"` points at. The errors of a failed call
 * are ajv's (allErrors): every problem, in ajv's order and words.
 */
export function compileSchema(schema: Schema, formats: Formats = {}, defs: Readonly<Record<string, Schema>> = {}): CompiledValidator {
  const checks: (Check | undefined)[] = [];
  const validate: CompiledValidator = function (this: unknown, data: unknown) {
    const strict = (this as { strict?: unknown } | undefined)?.strict === true;
    const check = (checks[+strict] ??= compileNode(schema, "#", { strict, formats, defs, refs: new Map() }));
    if (check(data, { errors: null, path: [] })) {
      validate.errors = null;
      return true;
    }
    const ctx = { errors: [] as SchemaError[], path: [] };
    check(data, ctx);
    validate.errors = ctx.errors;
    return false;
  };
  return validate;
}

export interface ValidatorEntry {
  readonly validate: CompiledValidator;
  /** [schemaPath prefix, API error code] pairs from `x-error-code` in the spec, longest prefix first. */
  readonly errorCodes: ReadonlyArray<readonly [string, string]>;
}

/** What the generated modules export per schema. */
export function validatorEntry(schema: Schema, errorCodes: ValidatorEntry["errorCodes"], formats?: Formats, defs?: Readonly<Record<string, Schema>>): ValidatorEntry {
  return { validate: compileSchema(schema, formats, defs), errorCodes };
}
