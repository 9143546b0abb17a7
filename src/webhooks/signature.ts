// Signing and matching `v1` signatures: one logic for every runtime, only the HmacProvider differs.
import type { HmacProvider } from "./hmac.js";

const encoder = new TextEncoder();

/** The signed bytes: `"<t>."` then the body exactly as received (a string body is UTF-8 encoded, BOM included). */
export function signedPayload(timestamp: number, body: string | Uint8Array): Uint8Array {
  const head = encoder.encode(`${timestamp}.`);
  const tail = typeof body === "string" ? encoder.encode(body) : body;
  const out = new Uint8Array(head.length + tail.length);
  out.set(head);
  out.set(tail, head.length);
  return out;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * Whether any of `signatures` (lower-case hex) is the HMAC of `payload` under any of `secrets`. Each distinct
 * secret's HMAC is computed once and compared with each distinct signature in constant time, so a header
 * stuffed with bogus or repeated `v1` values costs comparisons, not hashing of the body (issue 10 item 2).
 */
export function matchSignature(
  provider: HmacProvider,
  secrets: readonly string[],
  payload: Uint8Array,
  signatures: readonly string[],
): boolean | Promise<boolean> {
  const candidates = [...new Set(signatures)].map(fromHex);
  const macs = [...new Set(secrets)].map((secret) => provider.hmac(secret, payload));
  const anyEqual = (expected: Uint8Array[]) => {
    let matched = false;
    // No early exit inside a comparison; which pair matched is not secret.
    for (const mac of expected) for (const candidate of candidates) matched = provider.equal(mac, candidate) || matched;
    return matched;
  };
  return macs.every((m) => m instanceof Uint8Array) ? anyEqual(macs as Uint8Array[]) : Promise.all(macs).then(anyEqual);
}
