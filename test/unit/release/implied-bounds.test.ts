// The gate lets a bound be added when the schema already implied it (a pattern's longest match, an enum, the
// integers a JSON reader can hold). Soundness is what matters: an implied bound that is too small would let a
// real narrowing through as non-breaking. fast-check's own regex engine draws the strings, not the code under test.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { formatImplied, impliedMaxLength, impliedRange, patternMaxLength } from "../../../scripts/lib/diff/implied.ts";
import { type Json, isObject, loadSpec } from "../../../scripts/lib/spec.ts";
import { specPath } from "../../helpers/paths.ts";

/** Every `pattern` in the spec, wherever it is. */
function specPatterns(node: Json = loadSpec(specPath), out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => specPatterns(n, out));
  else if (isObject(node)) {
    if (typeof node.pattern === "string") out.add(node.pattern);
    Object.values(node).forEach((n) => specPatterns(n, out));
  }
  return out;
}

const SYNTHETIC = ["^[A-Z]{3}$", "^(a|bc)?d$", "^(?:x{2,4}|y)z{0,3}$", "^\\d{2}(?:-\\d{2}){0,2}$", "^[\\x21-\\x7E]{1,8}$", "^(?:é|\\u00e9\\.){1,2}$"];

describe("patternMaxLength", () => {
  test.each([...specPatterns(), ...SYNTHETIC])("no string matching %s is longer than the computed bound", (pattern) => {
    const max = patternMaxLength(pattern);
    if (max === undefined) return;
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(pattern, "u")), (s) => [...s].length <= max),
      { numRuns: 300 },
    );
  });

  test.each([
    ["^[A-Z]{3}$", 3],
    ["^re_[A-Za-z0-9]{1,64}$", 67],
    ["^(a|bc)?d$", 3],
    ["^(?=x)x$", 1],
    ["^\\d{2}(?:-\\d{2}){0,2}$", 8],
    ["^\\bab\\b$", 2],
  ])("%s: at most %d (counted by hand)", (pattern, expected) => {
    expect(patternMaxLength(pattern)).toBe(expected);
  });

  test.each(["[a-z]{3}", "^[a-z]{3}", "^a+$", "^a*$", "^a{2,}$", "^a|b$", "^(a)\\1$", "^a\\$", "^(a$", "^a(?<n>b)\\k<n>$"])(
    "%s: no bound (unanchored, unbounded or not understood)",
    (pattern) => {
      expect(patternMaxLength(pattern)).toBeUndefined();
    },
  );
});

describe("impliedMaxLength and impliedRange", () => {
  test("an enum or const limits length; a pattern that limits less does not raise it", () => {
    expect(impliedMaxLength({ type: "string", enum: ["ab", "abcd", null] })).toBe(4);
    expect(impliedMaxLength({ type: "string", const: "héllo" })).toBe(5);
    expect(impliedMaxLength({ type: "string", enum: ["ab"], pattern: "^[a-z]{1,9}$" })).toBe(2);
    expect(impliedMaxLength({ type: "string", format: "date-time" })).toBeUndefined();
  });

  test("integers: the I-JSON range, int32's range, or an enum's; a number has none", () => {
    expect(impliedRange({ type: "integer" })).toEqual({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 });
    expect(impliedRange({ type: ["integer", "null"] })).toEqual({ min: -(2 ** 53 - 1), max: 2 ** 53 - 1 });
    expect(impliedRange({ type: "integer", format: "int32" })).toEqual({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    expect(impliedRange({ type: "integer", enum: [3, 9] })).toEqual({ min: 3, max: 9 });
    expect(impliedRange({ type: "number" })).toBeUndefined();
    expect(impliedRange({ type: ["integer", "number"] })).toBeUndefined();
  });

  test("format int64 on an integer is implied; int32 only within its range", () => {
    expect(formatImplied({ type: "integer" }, "int64")).toBe(true);
    expect(formatImplied({ type: "integer", minimum: 1, maximum: 100 }, "int32")).toBe(true);
    expect(formatImplied({ type: "integer", minimum: 1 }, "int32")).toBe(false);
    expect(formatImplied({ type: "integer", maximum: 2 ** 31 }, "int32")).toBe(false);
    expect(formatImplied({ type: "number" }, "int64")).toBe(false);
    expect(formatImplied({ type: "string" }, "int64")).toBe(false);
  });
});
