// verifyWebhook / signWebhook: one logic for every runtime; the HMAC primitive is injected by the entry.
import { PayConnectError, WebhookVerificationError } from "../errors.js";
import type { WebhookEvent } from "./events.js";
import { parseSignatureHeader } from "./header.js";
import type { HmacProvider } from "./hmac.js";
import { parseEvent } from "./parse-event.js";
import { type RawBody, toRawBody } from "./raw-body.js";
import { matchSignature, signedPrefix, toHex } from "./signature.js";

/**
 * The widest accepted toleranceSec. A larger window would let a captured request be replayed for that long
 * (1e12 s is "off" in all but name). Every delivery attempt carries a fresh `t` (a retry would fail the
 * 300 s check otherwise), so only clock drift needs room, and an hour is far beyond any synchronised clock.
 */
export const MAX_TOLERANCE_SEC = 3600;

export interface VerifyOptions {
  /**
   * Accepted clock difference in seconds, in both directions: more than 0 and at most 3600 (one hour), so
   * replay protection can be widened for a drifting clock but never turned off in effect. @default 300
   */
  toleranceSec?: number;
  /** The current time in Unix seconds. @default the system clock */
  now?: number;
  /**
   * Check the payload exactly as the spec describes it. By default the check is a tolerant reader: it checks
   * what a correctly typed event needs — types, required fields, `const` values such as `type`, the envelope —
   * and not what the spec may relax without a major version: a new optional field, a new value of an
   * `x-growable-enum`, or a value beyond a restriction (`maxLength`, `maxProperties`, `minimum`, `pattern`,
   * `format`, …). So a genuine event from a newer API version is returned, not rejected (PayConnect would
   * redeliver it until it gives up). Use `true` in tests that should notice spec drift. Event types newer than
   * this SDK are returned in both modes.
   * @default false
   */
  strict?: boolean;
}

export interface SignOptions {
  /** Unix seconds to sign with. @default the system clock */
  timestamp?: number;
}

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
  if (typeof toleranceSec !== "number" || !(toleranceSec > 0 && toleranceSec <= MAX_TOLERANCE_SEC)) {
    throw new PayConnectError(
      `verifyWebhook: toleranceSec must be a positive, finite number of seconds, at most ${MAX_TOLERANCE_SEC} (default 300), got ${String(toleranceSec)}. Replay protection cannot be disabled: fix a drifting clock (NTP) instead.`,
    );
  }
  const strict = options.strict ?? false;
  if (typeof strict !== "boolean") throw new PayConnectError(`verifyWebhook: strict must be true or false (default false), got ${String(strict)}.`);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  // Number.isFinite is false for anything but a finite number, so no typeof check is needed.
  if (!Number.isFinite(now)) throw new PayConnectError(`verifyWebhook: \`now\` must be Unix seconds, got ${typeof now === "number" ? now : `a ${typeof now}`}.`);

  const { timestamp, signatures } = parseSignatureHeader(signatureHeader);
  const matched = matchSignature(hmac, secrets, timestamp, body, signatures);
  if (!(typeof matched === "boolean" ? matched : await matched)) {
    throw new WebhookVerificationError(
      "no_valid_signature",
      "No signature matches: check the webhook secret (the whole whsec_… string) and that the body is the raw bytes as received." +
        (secrets.some((secret) => secret.startsWith("sk_")) ? " A secret starting with sk_… is an API secret key, not the webhook secret (whsec_…)." : ""),
    );
  }
  if (Math.abs(now - timestamp) > toleranceSec) {
    throw new WebhookVerificationError(
      "timestamp_outside_tolerance",
      `The signature is ${Math.abs(now - timestamp)} s ${timestamp < now ? "old" : "in the future"} (tolerance ${toleranceSec} s): a replay, or a wrong clock on this server.`,
    );
  }
  return parseEvent(body, strict);
}

export async function signWith(hmac: HmacProvider, rawBody: RawBody, secret: string, options: SignOptions = {}): Promise<string> {
  const body = toRawBody(rawBody, "signWebhook");
  const [key] = checkSecrets(secret, "signWebhook");
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new PayConnectError("signWebhook: timestamp must be whole Unix seconds");
  return `t=${timestamp},v1=${toHex(await hmac.hmac(key!, signedPrefix(timestamp), body))}`;
}

function checkSecrets(secretOrSecrets: string | readonly string[], fn: string): readonly string[] {
  const secrets = typeof secretOrSecrets === "string" ? [secretOrSecrets] : secretOrSecrets;
  if (!Array.isArray(secrets) || secrets.length === 0 || secrets.some((s) => typeof s !== "string" || s === "")) {
    const list = fn === "signWebhook" ? "" : ", or an array of them while rotating";
    throw new PayConnectError(`${fn}: pass the webhook secret (whsec_…) as a non-empty string${list}.`);
  }
  return secrets;
}
