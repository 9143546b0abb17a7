// The edges of createLog's bounds, through createLog itself: where a long message is cut (never between the two
// halves of a surrogate pair, and only there), what a text that fits keeps, how a bad logLevel or logger is
// named. The limit is read from a probe line, not copied. Written against mutants a Stryker run of src/transport
// left alive.
import { expect, test } from "vitest";
import { createLog, logProblem } from "../../../src/transport/log.js";

function lineOf(message: string): string {
  let got = "";
  const log = createLog({ error: (m: string) => (got = m), warn() {}, info() {}, debug() {} }, "error", (t) => t);
  log("error", message);
  return got.replace(/^\[payconnect\] /, "");
}
/** The message limit: a line of "a"s much longer than any limit is cut, saying how many characters went. */
const MAX = (() => {
  const long = "a".repeat(100_000);
  const cut = Number(/…\[\+(\d+) chars\]$/.exec(lineOf(long))![1]);
  return long.length - cut;
})();

test("a message of exactly the limit is kept whole; one character more is cut, saying so", () => {
  expect(lineOf("a".repeat(MAX))).toBe("a".repeat(MAX));
  expect(lineOf("a".repeat(MAX + 1))).toBe(`${"a".repeat(MAX)}…[+1 chars]`);
});

test.each([["\ud800"], ["\ud83d"], ["\udbff"]])("a cut that would split a pair at high surrogate %j takes the whole pair out", (high) => {
  const text = `${"a".repeat(MAX - 1)}${high}\udc00b`;
  expect(lineOf(text)).toBe(`${"a".repeat(MAX - 1)}…[+3 chars]`);
});

test("a character just past the high surrogates at the cut is kept: only a pair's first half is taken back", () => {
  const text = `${"a".repeat(MAX - 1)}\ue000zz`;
  expect(lineOf(text)).toBe(`${"a".repeat(MAX - 1)}\ue000…[+2 chars]`);
});

test("a text that fits is never cut, even when it ends in a lone high surrogate", () => {
  expect(lineOf("abc\ud83d")).toBe("abc\ud83d");
});

test("a bad logLevel is named: null as null, a string of 20 quoted whole, a longer one cut", () => {
  expect(logProblem(undefined, null)).toMatch(/; got null$/);
  expect(logProblem(undefined, 3)).toMatch(/; got a number$/);
  const twenty = "x".repeat(20);
  expect(logProblem(undefined, twenty)).toMatch(new RegExp(`; got "${twenty}"$`));
  expect(logProblem(undefined, `${twenty}y`)).toMatch(new RegExp(`; got "${twenty}…" \\(21 characters\\)$`));
});

test("a bad logger is named by what it is", () => {
  expect(logProblem(null, undefined)).toMatch(/, got null$/);
  expect(logProblem("console", undefined)).toMatch(/, got a string$/);
  expect(logProblem({ error() {}, warn() {} }, undefined)).toMatch(/, got an object without info, debug$/);
  expect(logProblem(console, undefined)).toBeUndefined();
});

test("fields that are undefined or empty are left out; other values, and strings, are kept", () => {
  let fields: Record<string, unknown> = {};
  const log = createLog({ error: (_m: string, f?: object) => void (fields = f as Record<string, unknown>), warn() {}, info() {}, debug() {} }, "error", (t) => t);
  log("error", "m", { a: undefined, b: "", c: "x", d: 0, e: false, f: null } as never);
  expect(fields).toEqual({ c: "x", d: 0, e: false, f: null });
});

test("a logger that returns something with no then (a number, null) is fine; a thenable that rejects is handled", async () => {
  for (const result of [1, null, undefined, { then: 5 }]) {
    const log = createLog({ error: () => result, warn() {}, info() {}, debug() {} } as never, "error", (t) => t);
    expect(() => log("error", "m")).not.toThrow();
  }
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  process.on("unhandledRejection", onRejection);
  try {
    const log = createLog({ error: () => Promise.reject(new Error("sink down")), warn() {}, info() {}, debug() {} } as never, "error", (t) => t);
    log("error", "m");
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    process.off("unhandledRejection", onRejection);
  }
  expect(rejections).toEqual([]);
});

test("an address straddling the cut is masked whole, however long the text after it; the count is of the text as sent", () => {
  for (const tail of [10, 100_000]) {
    const address = "jane.doe@example.com";
    const text = `${"a".repeat(MAX - 5)} ${address} ${"b".repeat(tail)}`;
    const line = lineOf(text);
    expect(line).not.toMatch(/jane|doe@|@ex/);
    const shown = line.replace(/…\[\+\d+ chars\]$/, "");
    // What is shown plus what is counted is the text after masking: the address counts as "[email]".
    expect(shown.length + Number(/…\[\+(\d+) chars\]$/.exec(line)![1])).toBe(text.length - address.length + "[email]".length);
  }
});

test("a megabyte run after the shown part does not cost the line (the address pattern looks only near the cut)", () => {
  const line = lineOf(`code ${"B".repeat(3_000_000)} owner@example.com`);
  expect(line).toMatch(/^code B+…\[\+\d+ chars\]$/);
});

test("an address-like run that masks to little does not pull unmasked text after it into the line", () => {
  // "x@bbb…" masks to "[email]": what follows it must still be masked, or left out, never shown as it came.
  for (const run of [MAX, MAX + 5_000, 50_000]) {
    const line = lineOf(`x@${"b".repeat(run)} customer: jane.doe@example.com, john.smith@example.org`);
    expect(line).not.toMatch(/jane|john|example\.(com|org)/);
    expect(line).toMatch(/^\[email\]/);
  }
});
