// HmacProvider on Web Crypto (Bun, Deno, Workers, browsers): crypto.subtle.verify compares in constant time.
import type { HmacProvider } from "./hmac.js";

const encoder = new TextEncoder();
type CryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/**
 * Imported keys, by secret. Importing costs about as much as the HMAC itself, and receivers verify with the
 * same one or two secrets all day. Bounded, so rotating through many secrets cannot grow it without limit.
 */
const keys = new Map<string, Promise<CryptoKey>>();
const MAX_KEYS = 16;

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value!);
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, key);
    key.catch(() => keys.delete(secret));
  }
  return key;
}

function message(prefix: string, body: string | Uint8Array): Uint8Array {
  if (typeof body === "string") return encoder.encode(prefix + body);
  const head = encoder.encode(prefix);
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export const webHmac: HmacProvider = {
  async sign(secret, prefix, body) {
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await keyFor(secret), message(prefix, body)));
    return Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("");
  },
  async verify(secrets, prefix, body, signatures) {
    const data = message(prefix, body);
    const candidates = signatures.map(fromHex);
    for (const secret of secrets) {
      const key = await keyFor(secret);
      for (const candidate of candidates) {
        if (await crypto.subtle.verify("HMAC", key, candidate, data)) return true;
      }
    }
    return false;
  },
};
