// The only part of webhook verification that differs per runtime (stripe-node's CryptoProvider pattern):
// node:crypto under the `node` export condition, Web Crypto everywhere else. Both compare in constant time.

export interface HmacProvider {
  /** Lowercase hex HMAC-SHA256, keyed with the UTF-8 bytes of `secret`, over `prefix` then `body`. */
  sign(secret: string, prefix: string, body: string | Uint8Array): Promise<string>;
  /**
   * Whether any `signatures` entry (64 hex characters each) is the HMAC of `prefix` + `body` under any of
   * `secrets`. Each comparison is constant-time. May answer synchronously (node:crypto), which saves a
   * promise per webhook on the hot path.
   */
  verify(secrets: readonly string[], prefix: string, body: string | Uint8Array, signatures: readonly string[]): boolean | Promise<boolean>;
}
