// A JSON Schema (2020-12) checker, compiled once per schema into closures, for the keywords it is given: a
// generated module passes the keyword groups its schemas use (scripts/gen/validators.ts writes them), so a
// bundle holds only those keywords' code. schema-check.ts gives it every keyword (the generator, the tests).
// It reports every problem (ajv's allErrors) as ajv would, in ajv's order and words, so the generated validators
// carry data instead of code. Tolerant readers: `strictOnly`, `knownValues` and `closedProperties`
// (scripts/gen/tolerant.ts) apply only when the validator is called with `this.strict === true`.
import { type Check, type Ctx, type Env, type Keyword, type Schema, type SchemaError, type Formats, fail, isObject } from "./check-context.js";

export type { Formats, Schema, SchemaError } from "./check-context.js";

/** A compiled validator: returns whether `data` is valid and leaves the problems in `errors`. */
export interface CompiledValidator {
  (this: unknown, data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/**
 * Keyword groups, in ajv's order: the untyped keywords, then one group per JSON type, run only on data of that
 * type; within a group, ajv's order too. A keyword a schema uses must be in its group, else it is ignored.
 */
export type KeywordGroups = readonly { readonly type?: string; readonly keywords: Readonly<Record<string, Keyword>> }[];

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

// Several lines below are fast paths: the verdict and the errors are the same without them (the first pass stops
// at the first problem, a leaf skips the group loop). Their mutants are equivalent, so each is named there.
function compileNode(schema: unknown, at: string, env: Env, keywords: KeywordGroups): Check {
  // Stryker disable next-line ConditionalExpression: fast path; an empty schema compiles to the same always-true check
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return () => true;
  if (schema === false) return (_d, ctx) => fail(ctx, `${at}/false schema`, "false schema", {}, "boolean schema is false");
  if (!isObject(schema)) throw new Error(`schema at ${at} is not an object`);
  const sub = (child: unknown, childAt: string) => compileNode(child, childAt, env, keywords);
  const types = schema.type === undefined ? [] : ([] as string[]).concat(schema.type as string);
  // Stryker disable next-line ConditionalExpression: fast path; fail records nothing when errors are not collected
  const typeError = (ctx: Ctx) => ctx.errors !== null && fail(ctx, `${at}/type`, "type", { type: schema.type }, `must be ${types.join(",")}`);
  // Stryker disable next-line MethodExpression: fast path; a group without checks does nothing in the loop below
  const groups = keywords.map(({ type, keywords }) => {
    const made = Object.entries(keywords).map(([keyword, make]) => (schema[keyword] === undefined ? undefined : make(schema[keyword], schema, `${at}/${keyword}`, sub, env)));
    const checks = made.filter((c) => c !== undefined);
    // Like ajv: a single type whose own group has keywords here is reported where that group runs, not first.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a group without checks is filtered out below
    return { is: type === undefined ? undefined : TYPES[type]!, checks, reportsType: types.length === 1 && types[0] === type && checks.length > 0 };
  }).filter((g) => g.checks.length > 0);
  const typeFirst = types.length > 0 && !groups.some((g) => g.reportsType);
  const typeFns = types.map((t) => TYPES[t]!);
  // Stryker disable next-line ConditionalExpression: fast path; the loop answers the same for one type
  const isType = typeFns.length === 1 ? typeFns[0]! : (data: unknown) => {
    for (const is of typeFns) if (is(data)) return true;
    return false;
  };
  // The common leaf (a type and nothing else in this mode).
  // Stryker disable next-line ConditionalExpression: fast path; the general check below answers the same for a leaf
  if (groups.length === 0) return typeFirst ? (data, ctx) => isType(data) || typeError(ctx) : () => true;
  return (data, ctx) => {
    let ok = !typeFirst || isType(data) || typeError(ctx);
    for (const group of groups) {
      // Stryker disable next-line ConditionalExpression: fast path; going on without collecting changes no verdict
      if (!ok && ctx.errors === null) return false;
      if (group.is && !group.is(data)) {
        if (group.reportsType) ok = typeError(ctx);
        continue;
      }
      for (const check of group.checks) {
        if (check(data, ctx)) continue;
        ok = false;
        // Stryker disable next-line ConditionalExpression: fast path; going on without collecting changes no verdict
        if (ctx.errors === null) return false;
      }
    }
    return ok;
  };
}

/**
 * A validator for `schema` with `keywords`, compiled for each mode on its first call in that mode (strict when
 * called with `this.strict === true`); `defs` are what `$ref: "…#/$defs/<name>"` points at. The errors of a
 * failed call are ajv's (allErrors): every problem, in ajv's order and words. It runs in two passes: a
 * verdict-only one (no error objects, stops at the first problem), and for data that failed a second one that
 * collects them.
 */
export function compileWith(keywords: KeywordGroups, schema: Schema, formats: Formats = {}, defs: Readonly<Record<string, Schema>> = {}): CompiledValidator {
  const checks: (Check | undefined)[] = [];
  const validate: CompiledValidator = function (this: unknown, data: unknown) {
    const strict = (this as { strict?: unknown } | undefined)?.strict === true;
    // Stryker disable next-line UnaryOperator: a cache slot per mode; -strict gives two distinct slots as well
    const check = (checks[+strict] ??= compileNode(schema, "#", { strict, formats, defs, refs: new Map() }, keywords));
    // Stryker disable next-line ObjectLiteral,ArrayDeclaration: the first pass records nothing, so neither errors nor path are read
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
export function entryWith(keywords: KeywordGroups, schema: Schema, errorCodes: ValidatorEntry["errorCodes"], formats?: Formats, defs?: Readonly<Record<string, Schema>>): ValidatorEntry {
  return { validate: compileWith(keywords, schema, formats, defs), errorCodes };
}
