// verifyWebhook / signWebhook: one logic for every runtime; the HMAC primitive is injected by the entry.
import { webhookValidators } from "../../generated/webhook-validators.js";
import { PayConnectError, WebhookVerificationError } from "../errors.js";
import { parseSignatureHeader } from "./header.js";
import type { HmacProvider } from "./hmac.js";
import type { WebhookEvent } from "./events.js";
import { type RawBody, bodyText, toRawBody } from "./raw-body.js";

export interface VerifyOptions {
  /** Accepted clock difference in seconds, in both directions. Must be > 0: replay protection cannot be turned off. @default 300 */
  toleranceSec?: number;
  /** The current time in Unix seconds. @default the system clock */
  now?: number;
}

export interface SignOptions {
  /** Unix seconds to sign with. @default the system clock */
  timestamp?: number;
}

const validators = webhookValidators as Record<string, (typeof webhookValidators)[keyof typeof webhookValidators] | undefined>;

export async function verifyWith(
  hmac: HmacProvider,
  rawBody: RawBody,
  signatureHeader: string | string[] | null | undefined,
  secretOrSecrets: string | readonly string[],
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  const body = toRawBody(rawBody, "verifyWebhook");
  const secrets = checkSecrets(secretOrSecrets, "verifyWebhook");
  const toleranceSec = options.toleranceSec ?? 300;
  if (typeof toleranceSec !== "number" || !Number.isFinite(toleranceSec) || toleranceSec <= 0) {
    throw new PayConnectError(
      `verifyWebhook: toleranceSec must be a positive, finite number of seconds (default 300), got ${String(toleranceSec)}. Replay protection cannot be disabled.`,
    );
  }
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (typeof now !== "number" || !Number.isFinite(now)) throw new PayConnectError("verifyWebhook: `now` must be Unix seconds");

  const { timestamp, signatures } = parseSignatureHeader(signatureHeader);
  const matched = hmac.verify(secrets, `${timestamp}.`, body, signatures);
  if (!(typeof matched === "boolean" ? matched : await matched)) {
    throw new WebhookVerificationError(
      "no_valid_signature",
      "No signature matches: check the webhook secret (the whole whsec_… string) and that the body is the raw bytes as received.",
    );
  }
  if (Math.abs(now - timestamp) > toleranceSec) {
    throw new WebhookVerificationError(
      "timestamp_outside_tolerance",
      `The signature is ${Math.abs(now - timestamp)} s ${timestamp < now ? "old" : "in the future"} (tolerance ${toleranceSec} s): a replay, or a wrong clock on this server.`,
    );
  }
  return parseEvent(body);
}

function parseEvent(body: string | Uint8Array): WebhookEvent {
  let event: unknown;
  try {
    event = JSON.parse(bodyText(body));
  } catch {
    throw new WebhookVerificationError("invalid_payload", "The signed body is not valid UTF-8 JSON.");
  }
  const envelope = event as { id?: unknown; type?: unknown; created_at?: unknown; data?: { object?: unknown } } | null;
  if (!envelope || typeof envelope !== "object" || typeof envelope.type !== "string" || typeof envelope.id !== "string") {
    throw new WebhookVerificationError("invalid_payload", "The signed body is not an event envelope { id, type, created_at, data }.");
  }
  const validator = validators[envelope.type];
  if (!validator) {
    // A type newer than this SDK: still genuine, so hand it over for the caller's default branch.
    if (typeof envelope.data?.object !== "object" || envelope.data.object === null) {
      throw new WebhookVerificationError("invalid_payload", `Event ${envelope.type} has no data.object.`);
    }
    return event as WebhookEvent;
  }
  if (!validator.validate(event)) {
    const problems = (validator.validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}`);
    throw new WebhookVerificationError("invalid_payload", `Event ${envelope.type} does not match the spec: ${problems.join("; ")}.`);
  }
  return event as WebhookEvent;
}

export async function signWith(hmac: HmacProvider, rawBody: RawBody, secret: string, options: SignOptions = {}): Promise<string> {
  const body = toRawBody(rawBody, "signWebhook");
  const [key] = checkSecrets(secret, "signWebhook");
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new PayConnectError("signWebhook: timestamp must be whole Unix seconds");
  return `t=${timestamp},v1=${await hmac.sign(key!, `${timestamp}.`, body)}`;
}

function checkSecrets(secretOrSecrets: string | readonly string[], fn: string): readonly string[] {
  const secrets = typeof secretOrSecrets === "string" ? [secretOrSecrets] : secretOrSecrets;
  if (!Array.isArray(secrets) || secrets.length === 0 || secrets.some((s) => typeof s !== "string" || s === "")) {
    throw new PayConnectError(`${fn}: pass the webhook secret (whsec_…) as a non-empty string, or an array of them while rotating.`);
  }
  return secrets;
}
