// Bounds a schema already implies without saying so. Adding such a bound explicitly (as the OWASP rules ask:
// `maxLength` on every string, `maximum` and `format` on every integer) narrows nothing, so it breaks no one.
// Every answer here errs towards "not implied": a schema this cannot analyse keeps the general rule.
import { type JsonObject } from "../spec.ts";

/** I-JSON (RFC 7493 §2.2): integers beyond ±(2^53 − 1) are not interoperable, and a JavaScript reader cannot hold them. */
export const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/** The longest string (in code points, as `maxLength` counts) the schema allows, if something other than `maxLength` limits it. */
export function impliedMaxLength(s: JsonObject): number | undefined {
  const candidates: number[] = [];
  if (typeof s.const === "string") candidates.push(codePoints(s.const));
  if (Array.isArray(s.enum) && s.enum.length > 0 && s.enum.every((v) => typeof v === "string" || v === null)) {
    candidates.push(Math.max(0, ...s.enum.map((v) => (typeof v === "string" ? codePoints(v) : 0))));
  }
  if (typeof s.pattern === "string") {
    const max = patternMaxLength(s.pattern);
    if (max !== undefined) candidates.push(max);
  }
  return candidates.length ? Math.min(...candidates) : undefined;
}

/** The range of numbers the schema allows, from its type, `format`, `const` and `enum` (not from its explicit bounds). */
export function impliedRange(s: JsonObject): { min: number; max: number } | undefined {
  const values = s.const !== undefined ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
  if (values !== undefined && values.length > 0 && values.every((v) => typeof v === "number")) {
    return { min: Math.min(...(values as number[])), max: Math.max(...(values as number[])) };
  }
  if (s.format === "int32") return INT32;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  // Only integer-only schemas: a `number` may carry any double.
  if (types.includes("integer") && !types.includes("number")) return { min: -SAFE_INTEGER, max: SAFE_INTEGER };
  return undefined;
}

/**
 * Whether adding `format` to a schema that had none narrows nothing: `int64` on an integer (every integer a JSON
 * reader can hold is one) and `int32` on an integer already within its range.
 */
export function formatImplied(base: JsonObject, format: unknown): boolean {
  const range = impliedRange(base);
  if (range === undefined || !isIntegerOnly(base)) return false;
  const min = Math.max(range.min, bound(base.minimum, -Infinity), bound(base.exclusiveMinimum, -Infinity) + 1);
  const max = Math.min(range.max, bound(base.maximum, Infinity), bound(base.exclusiveMaximum, Infinity) - 1);
  if (format === "int64") return true;
  return format === "int32" && min >= INT32.min && max <= INT32.max;
}

/**
 * Why `keyword: value` in `schema` narrows nothing the rest of `schema` allows (a `maxLength` at or above a
 * pattern's longest match or the schema's own `maxLength`, a `maximum`/`minimum` outside the implied range,
 * int64 on an integer), or undefined. One answer for the breaking-change gate (adding the keyword), the
 * generator (leaving it out of the validators) and the tests (no value can break it alone).
 */
export function impliedKeyword(schema: JsonObject, keyword: string, value: unknown): string | undefined {
  if (keyword === "format") return formatImplied(schema, value) ? "already implied: every integer the schema allowed is one" : undefined;
  if (typeof value !== "number") return undefined;
  if (keyword === "maxLength") {
    const max = Math.min(impliedMaxLength(schema) ?? Infinity, bound(schema.maxLength, Infinity));
    return value >= max ? `already implied: no allowed string is longer than ${max}` : undefined;
  }
  const range = keyword === "maximum" || keyword === "minimum" ? impliedRange(schema) : undefined;
  if (range === undefined) return undefined;
  if (keyword === "maximum" && value >= range.max) return `already implied: no allowed value is above ${range.max}`;
  if (keyword === "minimum" && value <= range.min) return `already implied: no allowed value is below ${range.min}`;
  return undefined;
}

/** `schema` without `keyword`: what the rest of it says. */
export function without(schema: JsonObject, keyword: string): JsonObject {
  return Object.fromEntries(Object.entries(schema).filter(([k]) => k !== keyword));
}

function isIntegerOnly(s: JsonObject): boolean {
  const types = Array.isArray(s.type) ? s.type : [s.type];
  return types.includes("integer") && types.every((t) => t === "integer" || t === "null");
}

function bound(v: unknown, fallback: number): number {
  return typeof v === "number" ? v : fallback;
}

function codePoints(s: string): number {
  return [...s].length;
}

/**
 * The longest match of a pattern anchored at both ends (`^…$`), in code points, or undefined when unbounded
 * or when the pattern uses anything this small reader does not know (backreferences, `*`, `+`, `{n,}`, an
 * anchor or alternation outside a group). Patterns are ECMA-262 with the `u` flag, as ajv compiles them.
 */
export function patternMaxLength(pattern: string): number | undefined {
  if (!pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) return undefined;
  try {
    const reader = new PatternReader(pattern.slice(1, -1));
    const max = reader.alternatives(false);
    return reader.done() && Number.isFinite(max) ? max : undefined;
  } catch {
    return undefined;
  }
}

class PatternReader {
  #i = 0;
  constructor(private readonly src: string) {}

  done(): boolean {
    return this.#i === this.src.length;
  }

  /** `a|b|c` up to the end (top level: no `|` allowed, since `^a|b$` is not anchored) or a `)`. */
  alternatives(inGroup: boolean): number {
    let max = this.sequence();
    while (this.src[this.#i] === "|") {
      if (!inGroup) throw new Error("top-level alternation");
      this.#i++;
      max = Math.max(max, this.sequence());
    }
    return max;
  }

  sequence(): number {
    let total = 0;
    while (this.#i < this.src.length && this.src[this.#i] !== "|" && this.src[this.#i] !== ")") {
      total += this.atom() * this.quantifier();
    }
    return total;
  }

  atom(): number {
    const c = this.src[this.#i++]!;
    if (c === "(") {
      let width = true;
      if (this.src.startsWith("?:", this.#i)) this.#i += 2;
      else if (/^\?<?[=!]/.test(this.src.slice(this.#i))) {
        this.#i += this.src[this.#i + 1] === "<" ? 3 : 2;
        width = false;
      } else if (this.src.startsWith("?<", this.#i)) this.#i = this.src.indexOf(">", this.#i) + 1;
      const inner = this.alternatives(true);
      if (this.src[this.#i++] !== ")") throw new Error("unclosed group");
      return width ? inner : 0;
    }
    if (c === "[") {
      while (this.src[this.#i] !== "]") {
        if (this.#i >= this.src.length) throw new Error("unclosed class");
        if (this.src[this.#i] === "\\") this.#i++;
        this.#i++;
      }
      this.#i++;
      return 1;
    }
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$" || c === "*" || c === "+" || c === "?" || c === "{") throw new Error(`unexpected ${c}`);
    return 1;
  }

  escape(): number {
    const c = this.src[this.#i++];
    if (c === undefined) throw new Error("trailing backslash");
    if (c === "b" || c === "B") return 0;
    if (/[1-9k]/.test(c)) throw new Error("backreference");
    if (c === "x") this.#i += 2;
    else if (c === "u") this.#i = this.src[this.#i] === "{" ? this.src.indexOf("}", this.#i) + 1 : this.#i + 4;
    else if (c === "c") this.#i += 1;
    else if ((c === "p" || c === "P") && this.src[this.#i] === "{") this.#i = this.src.indexOf("}", this.#i) + 1;
    return 1;
  }

  /** The most repetitions the next quantifier allows (1 when there is none). */
  quantifier(): number {
    const c = this.src[this.#i];
    let max = 1;
    if (c === "?") (this.#i++, (max = 1));
    else if (c === "*" || c === "+") (this.#i++, (max = Infinity));
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.#i));
      if (m === null) throw new Error("bad quantifier");
      this.#i += m[0].length;
      max = m[2] === undefined ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
    } else return 1;
    if (this.src[this.#i] === "?") this.#i++;
    return max;
  }
}
