// HmacProvider on Web Crypto (Bun, Deno, Workers, browsers).
import type { HmacProvider } from "./hmac.js";

const encoder = new TextEncoder();

export const webHmac: HmacProvider = {
  // One importKey + sign per secret and verify (signature.ts calls this once per secret, whatever the
  // number of v1 values). No key cache: it would be module-level state, and importKey is cheap next to
  // hashing the body. subtle.sign takes one buffer: the prefix and the body are joined here.
  async hmac(secret, prefix, body) {
    const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const head = encoder.encode(prefix);
    const tail = typeof body === "string" ? encoder.encode(body) : body;
    const data = new Uint8Array(head.length + tail.length);
    data.set(head);
    data.set(tail, head.length);
    return new Uint8Array(await crypto.subtle.sign("HMAC", key, data));
  },
  // Web Crypto has no timingSafeEqual; subtle.verify would recompute the HMAC per candidate (issue 10 item 2).
  // Accumulating XOR over every byte takes the same time wherever the first difference is.
  equal(a, b) {
    if (a.length !== b.length) return false;
    let diff = 0;
    for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
    return diff === 0;
  },
};
