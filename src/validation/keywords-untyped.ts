// The keywords that apply to data of any type, and `format` (which ajv runs in the number and the string group).
// Each builds a check from its schema value once; see check-context.ts for the helpers. They are exported one by
// one, so that a bundle keeps only those a generated module names (`const`, `enum` and `if` with a trailing `_`:
// reserved words); UNTYPED is the whole group in ajv's order, for schema-check.ts.
import { type Check, type Keyword, equal, every, fail, forget, passes } from "./check-context.js";

export const $ref: Keyword = (ref: string, _s, _at, sub, env) => {
  const name = ref.slice(ref.lastIndexOf("/") + 1);
  const target = Object.hasOwn(env.defs, name) ? env.defs[name] : undefined;
  if (target === undefined) throw new Error(`$ref ${ref} does not resolve`);
  const at = `${ref.slice(0, ref.lastIndexOf("/"))}/${name}`;
  // Compiled on first use (a schema may refer to itself), once per validator and mode.
  let check: Check | undefined;
  return (data, ctx) => {
    // Stryker disable next-line ConditionalExpression: a cache; compiling again gives the same check
    if (!check) {
      check = env.refs.get(at);
      // Stryker disable next-line ConditionalExpression: a cache; compiling again gives the same check
      if (!check) env.refs.set(at, (check = sub(target, at)));
    }
    return check(data, ctx);
  };
};

export const const_: Keyword = (value, _s, at) => (data, ctx) => equal(data, value) || fail(ctx, at, "const", { allowedValue: value }, "must be equal to constant");

export const enum_: Keyword = (values: unknown[], _s, at) => (data, ctx) =>
  values.some((v) => equal(data, v)) || fail(ctx, at, "enum", { allowedValues: values }, "must be equal to one of the allowed values");

export const anyOf: Keyword = (branches: unknown[], _s, at, sub) => {
  const checks = branches.map((b, i) => sub(b, `${at}/${i}`));
  // Branches record straight into ctx.errors, dropped again when one passes (as ajv): no copying, which for
  // very many errors would also overflow an argument list.
  return (data, ctx) => {
    const start = ctx.errors?.length;
    for (const check of checks) if (check(data, ctx)) return forget(ctx, start);
    return fail(ctx, at, "anyOf", {}, "must match a schema in anyOf");
  };
};

export const oneOf: Keyword = (branches: unknown[], _s, at, sub) => {
  const checks = branches.map((b, i) => sub(b, `${at}/${i}`));
  return (data, ctx) => {
    const start = ctx.errors?.length;
    const passing: number[] = [];
    for (let i = 0; i < checks.length && passing.length < 2; i++) if (checks[i]!(data, ctx)) passing.push(i);
    if (passing.length === 1) return forget(ctx, start);
    // As ajv: the errors of the branches that failed before it stopped stay, also when two passed.
    return fail(ctx, at, "oneOf", { passingSchemas: passing.length ? passing : null }, "must match exactly one schema in oneOf");
  };
};

// No error of its own (as ajv): each failing subschema reports.
export const allOf: Keyword = (branches: unknown[], _s, at, sub) => {
  const checks = branches.map((b, i) => sub(b, `${at}/${i}`));
  return (data, ctx) => every(ctx, checks, (check) => check(data, ctx));
};

export const if_: Keyword = (cond, schema, at, sub) => {
  if (schema.then === undefined) return undefined;
  const test = sub(cond, at);
  const then = sub(schema.then, at.replace(/if$/, "then"));
  return (data, ctx) => !passes(test, data, ctx) || then(data, ctx) || fail(ctx, at, "if", { failingKeyword: "then" }, 'must match "then" schema');
};

export const strictOnly: Keyword = (rules, _s, at, sub, env) => (env.strict ? sub(rules, at) : undefined);

export const knownValues: Keyword = (values: unknown[], _s, at, _sub, env) => !env.strict ? undefined : (data, ctx) =>
  values.includes(data) || fail(ctx, at, "knownValues", {}, "must be one of the values listed in the spec (strict mode)");

/** The group in ajv's order (the generated modules list the members they use, in this order). */
export const UNTYPED: Record<string, Keyword> = { $ref, const: const_, enum: enum_, anyOf, oneOf, allOf, if: if_, strictOnly, knownValues };

/** `format` belongs to the number and the string group (as in ajv); a format's check says which data it reads. */
export const format: Keyword = (name: string, _s, at, _sub, env) => {
  const known = env.formats[name];
  if (!known) throw new Error(`format ${name} has no check`);
  const check = known.check as (v: unknown) => boolean;
  const type = known.number ? "number" : "string";
  return (data, ctx) => typeof data !== type || check(data) || fail(ctx, at, "format", { format: name }, `must match format "${name}"`);
};
