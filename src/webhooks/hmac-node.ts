// HmacProvider on node:crypto: createHmac + timingSafeEqual (~4 µs per 1 KB verify on Node 20). node:crypto is
// loaded on the first webhook, not when the package is imported (~3 ms of a cold start), synchronously through
// process.getBuiltinModule (Node ≥ 20.16, Bun, Deno): no import.meta, which a CommonJS bundle of an app loses.
import type * as NodeCrypto from "node:crypto";
import type { HmacProvider } from "./hmac.js";

let loaded: typeof NodeCrypto | undefined;
const crypto = () => (loaded ??= process.getBuiltinModule("node:crypto"));

export const nodeHmac: HmacProvider = {
  hmac(secret, prefix, body) {
    // update(string) hashes the UTF-8 bytes, lone surrogates as U+FFFD: the same bytes as TextEncoder.
    return crypto().createHmac("sha256", secret).update(prefix).update(body).digest();
  },
  equal(a, b) {
    return a.length === b.length && crypto().timingSafeEqual(a, b);
  },
};
