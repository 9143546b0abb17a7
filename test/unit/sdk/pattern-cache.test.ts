// A client's compiled credential patterns: at most `size` kept, the least recently used one dropped when a
// new one comes (a token no longer used drops out), a lookup of a kept one returns it as compiled.
import { expect, test } from "vitest";
import { PatternCache } from "../../../src/transport/scrub.js";

test("a kept credential's pattern is the one compiled before; past the size, the least recently used goes", () => {
  const cache = new PatternCache(3);
  const a = cache.get("sk_test_aaaaaaaaaaaa");
  const b = cache.get("tok_bbbbbbbbbbbb");
  cache.get("tok_cccccccccccc");
  expect(cache.get("sk_test_aaaaaaaaaaaa")).toBe(a); // a is now the most recently used: b is the oldest
  cache.get("tok_dddddddddddd");
  expect(cache.get("sk_test_aaaaaaaaaaaa")).toBe(a);
  expect(cache.get("tok_bbbbbbbbbbbb")).not.toBe(b); // dropped, compiled again (and c dropped for it)
});

test("a cache of size n keeps the n most recently used of many, and no more", () => {
  const n = 4;
  const cache = new PatternCache(n);
  const secrets = Array.from({ length: 12 }, (_, i) => `tok_${String(i).padStart(12, "0")}`);
  const compiled = secrets.map((s) => cache.get(s));
  expect(secrets.slice(-n).map((s) => cache.get(s))).toEqual(compiled.slice(-n));
  expect(cache.get(secrets[secrets.length - n - 1]!)).not.toBe(compiled[secrets.length - n - 1]);
});
