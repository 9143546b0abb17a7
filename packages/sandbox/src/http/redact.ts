// Error messages quote what they refuse (a path, a parameter name, a content type), and a careless client
// may have put a credential there. Every error answer is scrubbed of the sandbox's credentials in every
// spelling (the SDK's own scrubber: literal, percent-encoded, JSON-escaped) before it is sent.
import { PatternCache, scrubText } from "../../../../src/transport/scrub.ts";
import { tokensIn } from "../api/tokens.ts";
import type { SandboxContext } from "../context.ts";

// Each sandbox's credential patterns, compiled once (compiling is most of the cost of scrubbing a short text).
const compiled = new WeakMap<SandboxContext, PatternCache>();

/**
 * `body` (an error envelope) with the secret key, the webhook secret and anything shaped like an access token
 * replaced by [redacted], in each string of it. Each string, not the JSON text: there a quoted `\u0070…`
 * reads `\\u0070…`, which the scrubber matched from the second backslash on, leaving `\[redacted]` (not JSON:
 * the answer became a 500); and a string's own escapes are only whole within the string.
 */
export function redactCredentials<T>(ctx: SandboxContext, body: T): T {
  let patterns = compiled.get(ctx);
  if (!patterns) compiled.set(ctx, (patterns = new PatternCache()));
  const scrub = (text: string) => scrubText(text, [ctx.settings.secretKey, ctx.settings.webhookSecret, ...tokensIn(text)], patterns);
  return redactStrings(body, scrub) as T;
}

function redactStrings(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === "string") return scrub(value);
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, scrub));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrub(key), redactStrings(item, scrub)]));
}
