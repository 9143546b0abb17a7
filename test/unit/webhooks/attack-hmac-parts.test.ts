// The HMAC over "<t>." and the body in two parts, and the hand-written hex decoding of v1 values: attacked with
// every byte value in both hex cases, bodies as every kind of view (DataView, offset views, ArrayBuffer, a
// Buffer from the shared pool), strings with lone surrogates, and secret lists with duplicates. The expected
// signature is node:crypto's HMAC over bytes joined here, never the SDK's.
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { expect, test } from "vitest";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";

const T = 1_764_417_792;
const independent = (secret: string, bytes: Uint8Array) =>
  createHmac("sha256", Buffer.from(secret, "utf8")).update(Buffer.concat([Buffer.from(`${T}.`, "latin1"), bytes])).digest("hex");

/** The signature was accepted: verifying got past the signature (the body itself need not be an event). */
async function accepted(entry: typeof node, body: unknown, header: string, secrets: string | string[]): Promise<boolean> {
  try {
    await entry.verifyWebhook(body as string, header, secrets, { now: T });
    return true;
  } catch (error) {
    return (error as { reason?: string }).reason !== "no_valid_signature";
  }
}

/** Every way a caller may hand over `bytes`. */
function views(bytes: Uint8Array): [string, unknown][] {
  const padded = new Uint8Array(bytes.length + 7);
  padded.set(bytes, 3);
  const pooled = Buffer.from(bytes); // small Buffers share one pool: byteOffset is not 0
  return [
    ["Uint8Array", bytes],
    ["offset Uint8Array", padded.subarray(3, 3 + bytes.length)],
    ["DataView", new DataView(padded.buffer, 3, bytes.length)],
    ["ArrayBuffer", padded.slice(3, 3 + bytes.length).buffer],
    ["pooled Buffer", pooled],
    ["Uint16Array over even bytes", bytes.length % 2 === 0 ? new Uint16Array(padded.slice(3, 3 + bytes.length).buffer) : bytes],
  ];
}

test.each([["node", node], ["web", web]] as const)("%s: every view of the body verifies against node:crypto's signature, in either hex case", async (_n, entry) => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), fc.string({ minLength: 1, maxLength: 12, unit: "binary" }), fc.boolean(), async (bytes, secret, upper) => {
      const hex = independent(secret, bytes);
      const header = `t=${T},v1=${upper ? hex.toUpperCase() : hex}`;
      for (const [what, body] of views(bytes)) expect(await accepted(entry, body, header, secret), what).toBe(true);
      expect(await entry.signWebhook(views(bytes)[2]![1] as DataView, secret, { timestamp: T })).toBe(`t=${T},v1=${hex}`);
    }),
    { numRuns: 60 },
  );
});

test.each([["node", node], ["web", web]] as const)("%s: a string body with lone surrogates is signed as TextEncoder's bytes", async (_n, entry) => {
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "binary", minLength: 1, maxLength: 8 }), async (body, secret) => {
      const hex = independent(secret, new TextEncoder().encode(body));
      expect(await entry.signWebhook(body, secret, { timestamp: T })).toBe(`t=${T},v1=${hex}`);
      expect(await accepted(entry, body, `t=${T},v1=${hex}`, secret)).toBe(true);
    }),
    { numRuns: 60 },
  );
});

test.each([["node", node], ["web", web]] as const)("%s: every byte value in every hex position decodes exactly: a one-digit change in either case is refused", async (_n, entry) => {
  const body = "{}";
  const hex = independent("whsec_x", new TextEncoder().encode(body));
  const digits = "0123456789abcdefABCDEF";
  for (let i = 0; i < 64; i++) {
    for (const d of digits) {
      const changed = hex.slice(0, i) + d + hex.slice(i + 1);
      const same = changed.toLowerCase() === hex;
      expect(await accepted(entry, body, `t=${T},v1=${changed}`, "whsec_x"), `${i} ${d}`).toBe(same);
    }
  }
});

test.each([["node", node], ["web", web]] as const)("%s: duplicate and many secrets and signatures: accepted iff one pair matches", async (_n, entry) => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.constantFrom("a", "b", "c", "é", "\ud800"), { minLength: 1, maxLength: 6 }),
      fc.array(fc.constantFrom("a", "b", "c", "d", "\udc00"), { minLength: 1, maxLength: 5 }),
      async (secrets, signers) => {
        const bytes = new TextEncoder().encode('{"x":1}');
        const header = `t=${T},${signers.map((s) => `v1=${independent(s, bytes)}`).join(",")}`;
        // A lone surrogate in a secret is keyed as its UTF-8 replacement (U+FFFD), by both runtimes alike.
        const key = (s: string) => Buffer.from(s, "utf8").toString("hex");
        const expected = secrets.some((s) => signers.some((g) => key(g) === key(s)));
        expect(await accepted(entry, bytes, header, secrets)).toBe(expected);
      },
    ),
    { numRuns: 80 },
  );
});
