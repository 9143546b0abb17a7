// What a webhook endpoint answered is printed by `payconnect sandbox` and `payconnect trigger` (serve.ts,
// remote.ts) on one line. The endpoint is not the terminal's owner: escape sequences (title, erase line, colours),
// C1 controls and bidi overrides are shown as \u escapes, never acted on, and it stays one short line.
import { expect, test } from "vitest";
import { oneLine } from "../../packages/sandbox/src/cli/remote.ts";

const ACTING = /[\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

test.each([
  ["an OSC title and an erase-line", "\u001b]0;pwned-title\u0007\u001b[2K\u001b[1A\u001b[31mFAKE: payment verified OK\u001b[0m"],
  ["a C1 CSI and NUL", "x\u009b31m y\u0000z"],
  ["a bidi override", "ok \u202Edelivered\u202C"],
  ["a carriage return forging a line", "bad\rpayment.succeeded delivered"],
])("%s is shown, not acted on", (_what, answer) => {
  const line = oneLine(answer);
  expect(line).not.toMatch(ACTING);
  expect(line).toMatch(/\\u00(1b|9b|00)|\\u202e|bad payment/);
});

test("whitespace folds to one line, and a long answer is cut", () => {
  expect(oneLine("  a\n\tb  ")).toBe("a b");
  const line = oneLine(`${"\u001b".repeat(500)}`);
  expect(line.length).toBeLessThanOrEqual(160);
  expect(line).not.toMatch(ACTING);
});
