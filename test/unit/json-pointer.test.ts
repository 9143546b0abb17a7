// RFC 6901 segment escaping, shared by the SDK's validators, scripts/ and the sandbox.
import fc from "fast-check";
import { expect, test } from "vitest";
import { escapeSegment, unescapeSegment } from "../../src/json-pointer.ts";

test("the RFC 6901 section 3 examples: ~ is ~0, / is ~1, and ~01 means the text ~1", () => {
  expect(escapeSegment("a/b")).toBe("a~1b");
  expect(escapeSegment("m~n")).toBe("m~0n");
  expect(escapeSegment("~1")).toBe("~01");
  expect(unescapeSegment("~01")).toBe("~1");
  expect(unescapeSegment("a~1b~0c")).toBe("a/b~c");
  expect(escapeSegment("")).toBe("");
});

test("unescape undoes escape for any string, and an escaped segment has no / and no ~ but as ~0 or ~1", () => {
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom("~", "/", "0", "1", "a", "é") }), (s) => {
    const escaped = escapeSegment(s);
    expect(unescapeSegment(escaped)).toBe(s);
    expect(escaped).not.toContain("/");
    expect(escaped.replace(/~[01]/g, "")).not.toContain("~");
  }), { numRuns: 2000 });
});
