// Signing and matching `v1` signatures: one logic for every runtime, only the HmacProvider differs.
import type { HmacProvider } from "./hmac.js";

/** What precedes the body in the signed bytes: `"<t>."`, then the body exactly as received (BOM included). */
export const signedPrefix = (timestamp: number) => `${timestamp}.`;

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A digit's value; `hex` is lower-case (header.ts checks and lower-cases every v1 value). */
const nibble = (code: number) => (code > 57 ? code - 87 : code - 48);

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = (nibble(hex.charCodeAt(2 * i)) << 4) | nibble(hex.charCodeAt(2 * i + 1));
  return out;
}

/** The distinct elements (the common single one without a Set). */
const distinct = <T>(items: readonly T[]): readonly T[] => (items.length < 2 ? items : [...new Set(items)]);

/**
 * Whether any of `signatures` (lower-case hex) is the HMAC of `"<t>."` + `body` under any of `secrets`. Each
 * distinct secret's HMAC is computed once and compared with each distinct signature in constant time, so a
 * header stuffed with bogus or repeated `v1` values costs comparisons, not hashing of the body (issue 10 item 2).
 */
export function matchSignature(
  provider: HmacProvider,
  secrets: readonly string[],
  timestamp: number,
  body: string | Uint8Array,
  signatures: readonly string[],
): boolean | Promise<boolean> {
  const candidates = distinct(signatures).map(fromHex);
  const prefix = signedPrefix(timestamp);
  const macs = distinct(secrets).map((secret) => provider.hmac(secret, prefix, body));
  const anyEqual = (expected: Uint8Array[]) => {
    let matched = false;
    // No early exit inside a comparison; which pair matched is not secret.
    for (const mac of expected) for (const candidate of candidates) matched = provider.equal(mac, candidate) || matched;
    return matched;
  };
  return macs.every((m) => m instanceof Uint8Array) ? anyEqual(macs as Uint8Array[]) : Promise.all(macs).then(anyEqual);
}
