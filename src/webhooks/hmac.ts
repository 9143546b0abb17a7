// The only part of webhook verification that differs per runtime (stripe-node's CryptoProvider pattern):
// node:crypto under the `node` export condition, Web Crypto everywhere else. Which signatures match is
// decided once, in signature.ts, for both.

export interface HmacProvider {
  /**
   * HMAC-SHA256 of `data`, keyed with the UTF-8 bytes of `secret`. May answer synchronously (node:crypto),
   * which saves a promise per webhook on the hot path.
   */
  hmac(secret: string, data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** Whether two byte strings are equal, in time that depends only on their length. */
  equal(a: Uint8Array, b: Uint8Array): boolean;
}
