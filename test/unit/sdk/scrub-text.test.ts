// scrubText: a credential is redacted in every spelling a server, proxy or transport may quote it in, whatever
// characters it holds (regex metacharacters, the characters JSON escapes). Written against mutants a Stryker
// run of src/ left alive.
import { expect, test } from "vitest";
import { REDACTED, scrubText } from "../../../src/transport/scrub.js";

// Every printable ASCII character a header can carry that a regex or JSON treats specially.
const secret = 'sk_test_.*+?^${}()|[]\\/-"x';
const spellings: [string, (s: string) => string][] = [
  ["as is", (s) => s],
  ["JSON-escaped", (s) => JSON.stringify(s).slice(1, -1)],
  ["JSON-escaped with \\/ as PHP writes it", (s) => JSON.stringify(s).slice(1, -1).replace(/\//g, "\\/")],
  ["every character as \\uXXXX", (s) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")],
  ["percent-encoded", (s) => encodeURIComponent(s)],
  ["every character percent-encoded", (s) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("")],
];

test.each(spellings)("a credential quoted %s is redacted, every occurrence, and nothing else", (_name, spell) => {
  const text = `before ${spell(secret)} middle ${spell(secret)} after`;
  expect(scrubText(text, [secret])).toBe(`before ${REDACTED} middle ${REDACTED} after`);
});

test("an empty credential redacts nothing", () => {
  expect(scrubText("nothing to hide", [""])).toBe("nothing to hide");
});

test("a backslash before a character JSON does not escape makes no spelling of it: such text is left as it is", () => {
  const text = [...secret].map((c) => (/[a-z]/.test(c) ? `\\${c}` : c)).join("");
  expect(scrubText(text, [secret])).toBe(text);
});
