// scrubText: a credential is redacted in every spelling a server, proxy or transport may quote it in, whatever
// characters it holds (regex metacharacters, the characters JSON escapes). Written against mutants a Stryker
// run of src/ left alive.
import { expect, test } from "vitest";
import { REDACTED, scrubText } from "../../../src/transport/scrub.js";

// Every printable ASCII character a header can carry that a regex, JSON or HTML treats specially.
const secret = 'sk_test_.*+?^${}()|[]\\/-"x<&>\'';
const code = (c: string) => c.codePointAt(0)!;
// The five characters an HTML escaper (express's escape-html, lodash, Python's html.escape) replaces.
const htmlEscaped = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
// HTML's named references for ASCII punctuation (PHP's htmlentities with ENT_HTML5 writes them).
const named: Record<string, string> = {
  "!": "excl", '"': "quot", "#": "num", $: "dollar", "%": "percnt", "&": "amp", "'": "apos", "(": "lpar", ")": "rpar",
  "*": "ast", "+": "plus", ",": "comma", ".": "period", "/": "sol", ":": "colon", ";": "semi", "<": "lt", "=": "equals",
  ">": "gt", "?": "quest", "@": "commat", "[": "lsqb", "\\": "bsol", "]": "rsqb", "^": "Hat", _: "lowbar", "`": "grave",
  "{": "lcub", "|": "verbar", "}": "rcub",
};
const spellings: [string, (s: string) => string][] = [
  ["as is", (s) => s],
  ["JSON-escaped", (s) => JSON.stringify(s).slice(1, -1)],
  ["JSON-escaped with \\/ as PHP writes it", (s) => JSON.stringify(s).slice(1, -1).replace(/\//g, "\\/")],
  ["every character as \\uXXXX", (s) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")],
  ["percent-encoded", (s) => encodeURIComponent(s)],
  ["every character percent-encoded", (s) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("")],
  // A token in a URL that is itself a query value of another URL (a login redirect's `next=`).
  ["percent-encoded twice", (s) => encodeURIComponent(encodeURIComponent(s))],
  ["every character percent-encoded twice", (s) => [...s].map((c) => `%25${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("")],
  ["percent-encoded three times (a redirect chain)", (s) => encodeURIComponent(encodeURIComponent(encodeURIComponent(s)))],
  ["HTML-escaped twice (&amp;lt;)", (s) => htmlEscaped(htmlEscaped(s))],
  ["every character as a decimal reference, HTML-escaped again (&amp;#60;)", (s) => [...s].map((c) => `&amp;#${code(c)};`).join("")],
  ["HTML-escaped (&amp; &lt; &gt; &quot; &#39;)", htmlEscaped],
  ["HTML-escaped, then JSON-escaped as Go writes it (\\u0026lt;)", (s) => htmlEscaped(s).replace(/[&<>]/g, (c) => `\\u00${code(c).toString(16)}`)],
  ["every character as a decimal reference (&#60;)", (s) => [...s].map((c) => `&#${code(c)};`).join("")],
  ["every character as a decimal reference with leading zeros (&#060;, as PHP writes &#039;)", (s) => [...s].map((c) => `&#${String(code(c)).padStart(4, "0")};`).join("")],
  ["every character as a hex reference (&#x3c;)", (s) => [...s].map((c) => `&#x${code(c).toString(16)};`).join("")],
  ["every character as an upper-case hex reference with leading zeros (&#X003C;)", (s) => [...s].map((c) => `&#X${code(c).toString(16).toUpperCase().padStart(4, "0")};`).join("")],
  ["punctuation as HTML's named references (&sol; &lowbar;)", (s) => [...s].map((c) => (named[c] ? `&${named[c]};` : c)).join("")],
];

test.each(spellings)("a credential quoted %s is redacted, every occurrence, and nothing else", (_name, spell) => {
  const text = `before ${spell(secret)} middle ${spell(secret)} after`;
  expect(scrubText(text, [secret])).toBe(`before ${REDACTED} middle ${REDACTED} after`);
});

test("a reference to another character is not a spelling of the credential", () => {
  const text = `sk&#95;test&#x5F;x and sk&#96;test`;
  expect(scrubText(text, ["sk_test_x", "sk_test"])).toBe(`${REDACTED} and sk&#96;test`);
});

test("an empty credential redacts nothing", () => {
  expect(scrubText("nothing to hide", [""])).toBe("nothing to hide");
});

test("a backslash before a character JSON does not escape makes no spelling of it: such text is left as it is", () => {
  const text = [...secret].map((c) => (/[a-z]/.test(c) ? `\\${c}` : c)).join("");
  expect(scrubText(text, [secret])).toBe(text);
});

// A credential as long as the spec allows an access token (a server chooses its length and characters):
// every character a header can carry, in a pseudo-random order, so both the first characters and the rest
// hold the characters JSON, URLs and HTML escape.
const printable = Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i));
let seed = 7;
const long = Array.from({ length: 4096 }, () => printable[(seed = (seed * 48271) % 2147483647) % printable.length]).join("");

test.each(spellings)("a 4096-character credential quoted %s is redacted, every occurrence, without what surrounds it", (_name, spell) => {
  const text = `before ${spell(long)} middle ${spell(long)} after`;
  expect(scrubText(text, [long])).toBe(`before ${REDACTED} middle ${REDACTED} after`);
});

test("a credential of any length never makes scrubbing throw; a long one is redacted in a long text of its own characters", () => {
  const token = "a".repeat(4095) + "b";
  const text = "a".repeat(8192) + token + " tail";
  expect(scrubText(text, [token])).toBe(`${REDACTED} tail`);
  const huge = "tok_" + "Zq7".repeat(40_000);
  expect(scrubText(`x ${huge} y`, [huge])).toBe(`x ${REDACTED} y`);
  // The first characters of a long credential give it away: cut anywhere past them, it is still redacted.
  expect(scrubText(`x ${huge.slice(0, 100)}`, [huge])).toBe(`x ${REDACTED}`);
});

// A server chooses its token's characters and length: one that shares characters with the marker (a single
// "e", "[redacted]" itself) must not make each scrubbing pass rewrite the markers of the one before, which
// doubled the text per pass (a 4 MiB error body ran the process out of memory).
test.each(["e", "d", "[", "]", "re", "acted]", "ted] m", "sk_test_e"])("scrubbing is idempotent for the credential %j: markers are left as they are", (credential) => {
  const text = `0 ${credential} 0 [redacted] 0 ${credential}${credential} 0`;
  const once = scrubText(text, [credential]);
  expect(once).toBe(`0 ${REDACTED} 0 ${REDACTED} 0 ${REDACTED}${REDACTED} 0`);
  expect(scrubText(once, [credential])).toBe(once);
  expect(scrubText(scrubText(once, ["x", credential]), [credential, "y"])).toBe(once);
  // Each occurrence becomes one marker at most: the text grows by at most the marker's length per character.
  expect(once.length).toBeLessThanOrEqual(text.length * REDACTED.length);
});

// The marker of an earlier pass is kept, but never at a credential's expense: a credential starting with the
// marker's text, in any case, is redacted whole, and a server's own "[REDACTED]" keeps what follows it.
test.each([
  ["a long credential", "[REDACTED]_9fQ2Zr7Lk4Xw_0123456789abcdefABCDEF"],
  ["a short credential", "[Redacted]abc12"],
])("%s that starts with the marker's text is redacted whole", (_what, credential) => {
  expect(scrubText(`x ${credential} y`, [credential])).toBe(`x ${REDACTED} y`);
});

test("a server's own [REDACTED] keeps the text after it", () => {
  const long = "sk_test_0123456789abcdefghijklmnopqrstuvwxyz";
  expect(scrubText("[REDACTED]abc123 then the cause", [long, "pat_short_token_1"])).toBe("[REDACTED]abc123 then the cause");
});

