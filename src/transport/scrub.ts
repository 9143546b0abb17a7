// Credentials out of error text. A server, a proxy or a transport error may quote the Authorization header
// in another spelling than the one sent: JSON-escaped in a body (`\u005f`, `\/`, as PHP's json_encode
// writes it), percent-encoded in a URL, or HTML-escaped in an error page (`&lt;`, `&#60;`, `&#x3c;`).
// Matching only the literal would let those through once the body is parsed (issue 10), so every spelling
// of every character is matched, in any mix.

import { type Fragments, compileFragments, redactFragments } from "./scrub-fragments.js";

export const REDACTED = "[redacted]";

const escapeRegExp = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
const MARKER = escapeRegExp(REDACTED);
/** A match of `head`'s marker alternative (a credential's match equal to the marker's text is kept the same). */
const isMarker = (match: string) => match.toLowerCase() === REDACTED;

// HTML's named references for ASCII punctuation: an escaper writes &lt; or &amp;, PHP's htmlentities with
// ENT_HTML5 writes &sol; or &lowbar; too. (`-` and `~` have none.)
const NAMED: Record<string, string> = {
  "!": "excl", '"': "quot", "#": "num", $: "dollar", "%": "percnt", "&": "amp", "'": "apos", "(": "lpar", ")": "rpar",
  "*": "ast|midast", "+": "plus", ",": "comma", ".": "period", "/": "sol", ":": "colon", ";": "semi", "<": "lt",
  "=": "equals", ">": "gt", "?": "quest", "@": "commat", "[": "lsqb|lbrack", "\\": "bsol", "]": "rsqb|rbrack",
  "^": "hat", _: "lowbar|underbar", "`": "grave|diacriticalgrave", "{": "lcub|lbrace", "|": "verbar|vert|verticalline",
  "}": "rcub|rbrace",
};
// The `&` of a reference may itself be JSON-escaped, as Go's encoding/json writes it: `\u0026lt;`, or
// HTML-escaped again (`&amp;lt;`, text escaped twice), any number of times. Still linear: a run of "amp;" holds
// no other `&` to start a match from, so each run is scanned once.
const AMP = "(?:&|\\\\u0026)(?:amp;)*";

/** A credential longer than this is matched by its first PREFIX characters and a run of the rest's characters. */
const PREFIX = 32;

/**
 * The spellings of one character: literal, `\uXXXX`, `%XX` (`%25XX` …), `\/` / `\"` / `\\` (JSON), or an HTML
 * reference: named, decimal or hex, with any leading zeros, the `;` optional as browsers read it. Each is a
 * fixed string, a run of zeros ended by a fixed string, or one re-encoded (`%25`, `&amp;`) any number of times.
 */
function forms(c: string): string[] {
  const code = c.codePointAt(0)!;
  const hex = code.toString(16).padStart(4, "0");
  // `%25XX`, `%2525XX`: percent-encoded again, a token in a URL that is a query value of another (a login's
  // `next=`, a redirect chain), any number of times (linear, as AMP).
  const out = [`\\\\u${hex}`, `%(?:25)*${hex.slice(2)}`, `${AMP}#0*${code};?`, `${AMP}#x0*${code.toString(16)};?`];
  if (c === "/" || c === '"' || c === "\\") out.push(`\\\\${escapeRegExp(c)}`);
  if (NAMED[c]) out.push(`${AMP}(?:${NAMED[c]});?`);
  return out;
}

const spelled = (chars: readonly string[]) => chars.map((c) => `(?:${escapeRegExp(c)}|${forms(c).join("|")})`).join("");

/**
 * How one credential is found: `head` (global) finds its start, then, for a long one, as many `rest` (sticky) as
 * follow. `head` matches a marker (an earlier pass's, any case) first, and the marker is kept as it is unless
 * the credential itself (`at`, sticky) starts there and runs past it: scrubbing is idempotent, a credential
 * sharing characters with the marker (a one-character token "e", "[") cannot grow the text pass by pass, and one
 * starting with "[REDACTED]" still goes whole.
 */
export interface Pattern {
  head: RegExp;
  at: RegExp;
  rest?: RegExp | undefined;
  fragments: Fragments;
}
/**
 * A credential of up to PREFIX characters is matched exactly, every character in any spelling. A longer one
 * (a server chooses its token's length and characters) is matched by its first PREFIX characters, then
 * one character at a time while the text goes on with any character of the remainder in any spelling: the
 * pattern's size no longer grows with the credential, and a match attempt costs at most PREFIX spelled
 * characters plus the run it redacts, so scrubbing stays linear in the text. The run may take a few
 * characters next to the credential with it, which is harmless.
 * Case-insensitive for the hex digits and `&#X`; a case variant of a credential is redacted too, also harmless.
 */
export function compilePattern(secret: string): Pattern {
  const chars = [...secret];
  const credential = spelled(chars.slice(0, PREFIX));
  const head = new RegExp(`${MARKER}|${credential}`, "gi");
  const at = new RegExp(credential, "iy");
  const fragments = compileFragments(secret);
  if (chars.length <= PREFIX) return { head, at, fragments };
  const remainder = [...new Set(chars.slice(PREFIX))];
  const literal = `[${remainder.map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("")}]`;
  return { head, at, rest: new RegExp(`(?:${literal}|${remainder.flatMap(forms).join("|")})`, "iy"), fragments };
}

function redactPattern(text: string, { head, at, rest }: Pattern): string {
  head.lastIndex = 0;
  let out = "";
  let from = 0;
  for (let m = head.exec(text); m !== null; m = head.exec(text)) {
    let end = m.index + m[0].length;
    if (isMarker(m[0])) {
      at.lastIndex = m.index;
      if (!at.test(text) || at.lastIndex <= end) continue;
      end = at.lastIndex;
    }
    if (rest) rest.lastIndex = end;
    while (rest?.test(text)) end = rest.lastIndex;
    out += text.slice(from, m.index) + REDACTED;
    from = head.lastIndex = end;
  }
  return out + text.slice(from);
}

/**
 * `text` with every spelling of every credential, and every run of letters and digits holding a FRAGMENT of one,
 * replaced by `[redacted]`. Never throws: should a pattern
 * fail all the same, nothing of the text is handed on. `patterns` is the caller's cache (a client's).
 */
export function scrubText(text: string, credentials: readonly string[], patterns?: PatternCache): string {
  try {
    let out = text;
    for (let i = 0; i < credentials.length; i++) {
      const secret = credentials[i]!;
      // A call's own token is usually the client's current one too: scrubbed once.
      if (secret === "" || credentials.indexOf(secret) !== i) continue;
      const pattern = patterns ? patterns.get(secret) : compilePattern(secret);
      out = redactFragments(redactPattern(out, pattern), pattern.fragments, REDACTED);
    }
    return out;
  } catch {
    return REDACTED;
  }
}

/** A client's compiled patterns, the most recently used kept: a credential no longer used drops out. A lookup
 * only stamps its entry (no Map change per call); the least recently used one goes when a new one comes. */
export class PatternCache {
  readonly #patterns = new Map<string, { pattern: Pattern; used: number }>();
  #clock = 0;
  constructor(readonly size = 16) {}

  get(secret: string): Pattern {
    const entry = this.#patterns.get(secret);
    if (entry) {
      entry.used = ++this.#clock;
      return entry.pattern;
    }
    const pattern = compilePattern(secret);
    this.#patterns.set(secret, { pattern, used: ++this.#clock });
    if (this.#patterns.size > this.size) {
      let oldest: string | undefined;
      let at = Infinity;
      for (const [key, { used }] of this.#patterns) if (used < at) [oldest, at] = [key, used];
      this.#patterns.delete(oldest!);
    }
    return pattern;
  }
}
