// A credential a server quotes in pieces or in an encoding the spellings of scrub.ts do not know — a header dump
// wrapped at 40 columns, a separator written as `\x5f` or CSS `\5f `, base64 of `Bearer <token>` or of
// `key:` (HTTP Basic) — still leaves no run of its letters and digits long enough to matter: any run of
// FRAGMENT or more of them is redacted wherever it stands. Shorter runs, and text that merely resembles a
// credential, are left alone.
import { expect, test } from "vitest";
import { FRAGMENT } from "../../../src/transport/scrub-fragments.js";
import { REDACTED, scrubText } from "../../../src/transport/scrub.js";

const KEY = "sk_test_Zq8vW3nR7tY2pL5kM9xB4cD6";
const TOKEN = "pat_Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0Qr1St2";
const creds = [KEY, TOKEN];
/** The credential's longest run of letters and digits. */
const core = (s: string) => s.split(/[^A-Za-z0-9]+/).sort((a, b) => b.length - a.length)[0]!;
/** Every run of FRAGMENT letters and digits taken from `secret`'s own runs still readable in `text`. */
const leaked = (text: string, secret: string) => {
  const out: string[] = [];
  for (const run of secret.split(/[^A-Za-z0-9]+/)) for (let i = 0; i + FRAGMENT <= run.length; i++) if (text.includes(run.slice(i, i + FRAGMENT))) out.push(run.slice(i, i + FRAGMENT));
  return out;
};
const wrap = (s: string, width: number) => s.match(new RegExp(`.{1,${width}}`, "g"))!.join("\n");
const b64 = (s: string) => Buffer.from(s, "latin1").toString("base64");
const b64url = (s: string) => Buffer.from(s, "latin1").toString("base64url");

test("FRAGMENT is short enough to cut every credential of the spec's minimum length into guessable pieces, and no shorter than a word", () => {
  expect(FRAGMENT).toBeGreaterThanOrEqual(10);
  expect(FRAGMENT).toBeLessThanOrEqual(16);
});

test.each<[string, (s: string) => string]>([
  ["a header dump wrapped at 40 columns", (s) => wrap(`Authorization: Bearer ${s}`, 40)],
  ["wrapped at 30 columns with CRLF", (s) => wrap(`Authorization: Bearer ${s}`, 30).replaceAll("\n", "\r\n")],
  ["`_` written as \\x5f", (s) => s.replaceAll("_", "\\x5f")],
  ["`_` written as \\u{5f}", (s) => s.replaceAll("_", "\\u{5f}")],
  ["`_` written as CSS \\5f ", (s) => s.replaceAll("_", "\\5f ")],
  ["`_` written as IIS %u005f", (s) => s.replaceAll("_", "%u005f")],
  ["base64 of `Bearer <credential>`", (s) => b64(`Bearer ${s}`)],
  ["base64 of the credential", (s) => b64(s)],
  ["base64 of `<credential>:` (HTTP Basic)", (s) => b64(`${s}:`)],
  ["base64 of `x<credential>` (another alignment)", (s) => b64(`xy${s}`)],
  ["base64url of the credential", (s) => b64url(`a${s}`)],
])("%s: no run of FRAGMENT of its letters and digits is left", (_name, spell) => {
  for (const secret of creds) {
    const text = `upstream said: ${spell(secret)} (end)`;
    const out = scrubText(text, creds);
    expect(leaked(out, secret), out).toEqual([]);
    // Nor a run of the encoded text (base64 is one run): the header's own name is the only long word left.
    expect((out.match(new RegExp(`[A-Za-z0-9]{${FRAGMENT},}`, "g")) ?? []).filter((word) => word !== "Authorization"), out).toEqual([]);
    expect(out).toContain("upstream said: ");
    expect(out).toContain(" (end)");
    expect(out).toContain(REDACTED);
  }
});

test("a run shorter than FRAGMENT is kept, one of FRAGMENT is not", () => {
  const run = core(KEY);
  expect(run.length).toBeGreaterThan(FRAGMENT);
  const short = run.slice(3, 3 + FRAGMENT - 1);
  expect(scrubText(`id ${short} ok`, creds)).toBe(`id ${short} ok`);
  expect(scrubText(`id ${run.slice(3, 3 + FRAGMENT)} ok`, creds)).toBe(`id ${REDACTED} ok`);
});

test("the whole run around a fragment goes, not just FRAGMENT characters of it; the text beside it stays", () => {
  const run = core(TOKEN);
  const out = scrubText(`a ${run.slice(1)}\n${run.slice(0, 1)} b`, creds);
  expect(out).toBe(`a ${REDACTED}\n${run.slice(0, 1)} b`);
});

test("text that shares only short pieces with a credential, and ordinary words, are untouched", () => {
  const text = "test sk_live_ payments.write Bearer pat_ redacted [redacted] 0123456789 ABCDEFGHIJKLMNOP";
  expect(scrubText(text, creds)).toBe(text);
});

test("scrubbing stays idempotent: a second pass changes nothing", () => {
  const text = `x ${wrap(KEY, 11)} y ${b64(`Bearer ${TOKEN}`)} z`;
  const once = scrubText(text, creds);
  expect(scrubText(once, creds)).toBe(once);
});

test("fragments are matched in any case, as whole credentials are", () => {
  const run = core(KEY);
  expect(scrubText(`x ${run.toUpperCase()} y`, creds)).toBe(`x ${REDACTED} y`);
});

test("the README states FRAGMENT as it is", async () => {
  const { readFileSync } = await import("node:fs");
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  expect(readme).toContain(`no run of ${FRAGMENT} of its letters and digits survives`);
});

test("a piece of exactly FRAGMENT characters is found at every offset of a longer run, up to its end", () => {
  const piece = core(KEY).slice(5, 5 + FRAGMENT);
  for (let before = 0; before <= 2 * FRAGMENT; before++) {
    for (const after of [0, 1, FRAGMENT - 1, 2 * FRAGMENT]) {
      const text = `<${"x".repeat(before)}${piece}${"y".repeat(after)}>`;
      expect(scrubText(text, creds), `${before}+${after}`).toBe(`<${REDACTED}>`);
    }
  }
});
