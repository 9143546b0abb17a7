// Credentials out of error text. A server, a proxy or a transport error may quote the Authorization header
// in another spelling than the one sent: JSON-escaped in a body (`\u005f`, `\/`, as PHP's json_encode
// writes it), percent-encoded in a URL, or HTML-escaped in an error page (`&lt;`, `&#60;`, `&#x3c;`).
// Matching only the literal would let those through once the body is parsed (issue 10), so every spelling
// of every character is matched, in any mix.

export const REDACTED = "[redacted]";

const escapeRegExp = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

// HTML's named references for ASCII punctuation: an escaper writes &lt; or &amp;, PHP's htmlentities with
// ENT_HTML5 writes &sol; or &lowbar; too. (`-` and `~` have none.)
const NAMED: Record<string, string> = {
  "!": "excl", '"': "quot", "#": "num", $: "dollar", "%": "percnt", "&": "amp", "'": "apos", "(": "lpar", ")": "rpar",
  "*": "ast|midast", "+": "plus", ",": "comma", ".": "period", "/": "sol", ":": "colon", ";": "semi", "<": "lt",
  "=": "equals", ">": "gt", "?": "quest", "@": "commat", "[": "lsqb|lbrack", "\\": "bsol", "]": "rsqb|rbrack",
  "^": "hat", _: "lowbar|underbar", "`": "grave|diacriticalgrave", "{": "lcub|lbrace", "|": "verbar|vert|verticalline",
  "}": "rcub|rbrace",
};
// The `&` of a reference may itself be JSON-escaped, as Go's encoding/json writes it: `\u0026lt;`.
const AMP = "(?:&|\\\\u0026)";

/**
 * A pattern for `secret` with each character literal, `\uXXXX`, `%XX`, `\/` / `\"` / `\\` (JSON), or an
 * HTML reference: named, decimal or hex, with any leading zeros, the `;` optional as browsers read it.
 * Every alternative of a character is a fixed string or a run of zeros ended by a fixed string, so a match
 * attempt costs at most the text one spelling of the secret covers: scrubbing stays linear in the text.
 */
function spellings(secret: string): RegExp {
  const chars = [...secret].map((c) => {
    const code = c.codePointAt(0)!;
    const hex = code.toString(16).padStart(4, "0");
    const forms = [escapeRegExp(c), `\\\\u${hex}`, `%${hex.slice(2)}`, `${AMP}#0*${code};?`, `${AMP}#x0*${code.toString(16)};?`];
    if (c === "/" || c === '"' || c === "\\") forms.push(`\\\\${escapeRegExp(c)}`);
    if (NAMED[c]) forms.push(`${AMP}(?:${NAMED[c]});?`);
    return `(?:${forms.join("|")})`;
  });
  // Case-insensitive for the hex digits and `&#X`; a case variant of a credential is redacted too, which is harmless.
  return new RegExp(chars.join(""), "gi");
}

/** `text` with every spelling of every credential replaced by `[redacted]`. */
export function scrubText(text: string, credentials: readonly string[]): string {
  let out = text;
  for (const secret of credentials) if (secret !== "") out = out.replace(spellings(secret), REDACTED);
  return out;
}
