// Error messages quote what they refuse (a path, a parameter name, a content type), and a careless client
// may have put a credential there. Every error answer is scrubbed of the sandbox's credentials in every
// spelling (the SDK's own scrubber: literal, percent-encoded, JSON-escaped) before it is sent.
import { scrubText } from "../../../../src/transport/scrub.ts";
import { tokensIn } from "../api/tokens.ts";
import type { SandboxContext } from "../context.ts";

/** `body` (an error envelope) with the secret key, the webhook secret and every access token the sandbox has
 * issued replaced by [redacted]. */
export function redactCredentials<T>(ctx: SandboxContext, body: T): T {
  const text = JSON.stringify(body);
  const scrubbed = scrubText(text, [ctx.settings.secretKey, ctx.settings.webhookSecret, ...tokensIn(text, ctx.state)]);
  return scrubbed === text ? body : (JSON.parse(scrubbed) as T);
}
