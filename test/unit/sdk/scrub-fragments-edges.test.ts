// The fragment net at its edges: every FRAGMENT-long window of a credential's run (the first and the last too),
// at every offset inside a longer run of other letters and digits, goes; FRAGMENT − 1 shared characters stay.
// Written against the scrub-fragments.ts mutants the 2026-12-01 Stryker run left alive (the probe's bounds; the
// others it left change how much is probed, not the verdict).
import { expect, test } from "vitest";
import { FRAGMENT } from "../../../src/transport/scrub-fragments.js";
import { REDACTED, scrubText } from "../../../src/transport/scrub.js";

const KEY = "sk_test_Zq8vW3nR7tY2pL5kM9xB4cD6";
const run = KEY.split(/[^A-Za-z0-9]+/).sort((a, b) => b.length - a.length)[0]!;
const windows = Array.from({ length: run.length - FRAGMENT + 1 }, (_, i) => run.slice(i, i + FRAGMENT));
// Letters and digits the key's run does not share in any order that matters (no 6 in a row of the key).
const filler = (n: number) => "0".repeat(n);

test("every window of the credential's run, the first and the last included, is redacted standing alone", () => {
  expect(windows.length).toBeGreaterThan(2);
  for (const piece of windows) expect(scrubText(`see ${piece} here`, [KEY]), piece).toBe(`see ${REDACTED} here`);
});

test("a window inside a longer run of other characters is found at every offset (the probe steps over none)", () => {
  for (const piece of [windows[0]!, windows.at(-1)!]) {
    for (let before = 0; before <= FRAGMENT + 2; before++) {
      const text = `x ${filler(before)}${piece}${filler(3)} y`;
      expect(scrubText(text, [KEY]), `${before} before`).toBe(`x ${REDACTED} y`);
    }
  }
});

test("FRAGMENT − 1 characters in common are left: a shorter piece is a word, not a secret", () => {
  for (const piece of [windows[0]!.slice(0, -1), windows.at(-1)!.slice(1)]) {
    for (let before = 0; before <= FRAGMENT; before++) {
      const text = `x ${filler(before)}${piece}${filler(before % 3)} y`;
      expect(scrubText(text, [KEY]), `${before} before`).toBe(text);
    }
  }
});
