// verifyWebhook and signWebhook bound to one HMAC provider (picked by the entry file).
import type { WebhookEvent } from "./events.js";
import type { HmacProvider } from "./hmac.js";
import type { RawBody } from "./raw-body.js";
import { type SignOptions, type VerifyOptions, signWith, verifyWith } from "./verify.js";

export interface WebhookFunctions {
  /**
   * Verifies a webhook request and returns its typed event. Throws WebhookVerificationError (answer 400)
   * when the header is missing or malformed, no signature matches, the timestamp is outside the tolerance,
   * or the payload is not a well-typed event (a missing required field, a wrong type). Changes the spec calls
   * non-breaking — a new optional field, a new value of a growable enum, a loosened bound or removed
   * `pattern`/`format`, a new event type — are returned; `options.strict` rejects all but the last.
   * @param rawBody the request body exactly as received — not parsed JSON
   * @param signatureHeader the `x-payconnect-signature` header
   * @param secretOrSecrets the endpoint's secret, or several while rotating
   */
  verifyWebhook(
    rawBody: RawBody,
    signatureHeader: string | string[] | null | undefined,
    secretOrSecrets: string | readonly string[],
    options?: VerifyOptions,
  ): Promise<WebhookEvent>;
  /** Signs a body as PayConnect does, for tests and the sandbox. Returns the header value. */
  signWebhook(rawBody: RawBody, secret: string, options?: SignOptions): Promise<string>;
}

export function bindWebhooks(hmac: HmacProvider): WebhookFunctions {
  return {
    verifyWebhook: (rawBody, header, secrets, options) => verifyWith(hmac, rawBody, header, secrets, options),
    signWebhook: (rawBody, secret, options) => signWith(hmac, rawBody, secret, options),
  };
}
