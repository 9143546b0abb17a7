// The only part of webhook verification that differs per runtime (stripe-node's CryptoProvider pattern):
// node:crypto under the `node` export condition, Web Crypto everywhere else. Which signatures match is
// decided once, in signature.ts, for both.

export interface HmacProvider {
  /**
   * HMAC-SHA256 of `prefix` then `body` (strings as UTF-8), keyed with the UTF-8 bytes of `secret`. Two parts,
   * so node:crypto hashes the body where it lies instead of a copy behind `"<t>."`. May answer synchronously
   * (node:crypto), which saves a promise per webhook on the hot path.
   */
  hmac(secret: string, prefix: string, body: string | Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** Whether two byte strings are equal, in time that depends only on their length. */
  equal(a: Uint8Array, b: Uint8Array): boolean;
}
