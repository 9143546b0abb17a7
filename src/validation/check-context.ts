// What a compiled check works with: the data, a context that collects errors (or not), and the helpers every
// keyword shares. See schema-check.ts for the two passes (verdict first, errors only for data that failed).
import { escapeSegment } from "../json-pointer.js";

/** An ajv error object (the fields the SDK reads). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export type Schema = { readonly [keyword: string]: unknown };
/** Format checks by name; a check of a numeric format (int32) is applied to numbers, any other to strings. */
export type Formats = Readonly<Record<string, { number?: boolean; check: (value: never) => boolean }>>;

/**
 * `errors` null: only the verdict is wanted, and a check stops at the first problem. Otherwise every problem is
 * recorded, in ajv's order. The instance path is a stack of pointer segments, joined when an error is recorded.
 */
export type Ctx = { errors: SchemaError[] | null; path: string[] };
/** Whether `data` passed; when it did not and errors are collected, they are in `ctx.errors`. */
export type Check = (data: unknown, ctx: Ctx) => boolean;
/** Builds the check of one keyword, or undefined when the keyword asks nothing in this mode. */
export type Keyword = (value: any, schema: Schema, at: string, sub: (schema: unknown, at: string) => Check, env: Env) => Check | undefined;
export interface Env {
  /** Strict mode: the tolerant readers' strict-only keywords apply (else they compile to nothing). */
  strict: boolean;
  formats: Formats;
  defs: Readonly<Record<string, Schema>>;
  refs: Map<string, Check>;
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** A JSON pointer segment for a property name (RFC 6901: `~` → `~0`, `/` → `~1`). */
export const pointer = (key: string) => "/" + escapeSegment(key);

/** Deep equality of JSON values, as ajv's fast-deep-equal for what JSON can hold. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  // An array is its items (as for ajv's fast-deep-equal and JSON.stringify): other own properties do not count.
  if (Array.isArray(b)) return (a as unknown[]).length === b.length && b.every((v, i) => equal((a as unknown[])[i], v));
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && equal((a as never)[k], (b as never)[k]));
}

/** Records a problem (when errors are collected); always false, the verdict of the failing check. */
export function fail(ctx: Ctx, at: string, keyword: string, params: Record<string, unknown>, message: string): false {
  ctx.errors?.push({ instancePath: ctx.path.join(""), schemaPath: at, keyword, params, message });
  return false;
}

/** Drops the errors recorded since there were `count` (the failed tries of an alternative that passed); true. */
export function forget(ctx: Ctx, count = 0): true {
  if (ctx.errors) ctx.errors.length = count;
  return true;
}

/** Checks `data` (a property or item) with `check`, one segment deeper. */
export function descend(ctx: Ctx, segment: string, check: Check, data: unknown): boolean {
  // Stryker disable next-line ConditionalExpression: fast path; the path is read only when errors are collected
  if (!ctx.errors) return check(data, ctx);
  ctx.path.push(segment);
  const ok = check(data, ctx);
  ctx.path.pop();
  return ok;
}

/** Runs `check` on each element of `items`: all of them when errors are collected, else up to the first failure. */
export function every<T>(ctx: Ctx, items: readonly T[], check: (item: T, index: number) => boolean): boolean {
  let ok = true;
  for (let i = 0; i < items.length; i++) {
    if (!check(items[i]!, i)) {
      ok = false;
      // Stryker disable next-line ConditionalExpression: fast path; checking the rest changes no verdict
      if (!ctx.errors) break;
    }
  }
  return ok;
}

/** The verdict of `check` alone, with nothing recorded. */
// Stryker disable next-line ObjectLiteral: without errors nothing is recorded either way
export const passes = (check: Check, data: unknown, ctx: Ctx) => check(data, { errors: null, path: ctx.path });
