// Credentials out of error text. A server, a proxy or a transport error may quote the Authorization header
// in another spelling than the one sent: JSON-escaped in a body (`\u005f`, `\/`, as PHP's json_encode
// writes it) or percent-encoded in a URL. Matching only the literal would let those through once the body
// is parsed (issue 10), so every spelling of every character is matched, in any mix.

export const REDACTED = "[redacted]";

const escapeRegExp = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** A pattern for `secret` with each character literal, `\uXXXX`, `%XX`, or `\/` / `\"` / `\\` (JSON). */
function spellings(secret: string): RegExp {
  const chars = [...secret].map((c) => {
    const hex = c.charCodeAt(0).toString(16).padStart(4, "0");
    const forms = [escapeRegExp(c), `\\\\u${hex}`, `%${hex.slice(2)}`];
    if (c === "/" || c === '"' || c === "\\") forms.push(`\\\\${escapeRegExp(c)}`);
    return `(?:${forms.join("|")})`;
  });
  // Case-insensitive for the hex digits; a case variant of a credential is redacted too, which is harmless.
  return new RegExp(chars.join(""), "gi");
}

/** `text` with every spelling of every credential replaced by `[redacted]`. */
export function scrubText(text: string, credentials: readonly string[]): string {
  let out = text;
  for (const secret of credentials) if (secret !== "") out = out.replace(spellings(secret), REDACTED);
  return out;
}
