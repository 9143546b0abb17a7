// Property-based: sign → verify round-trips for arbitrary bodies and secrets, and any single-byte change
// to the body, the timestamp or the signature is rejected.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";

const NOW = 1_764_417_792;
const RUNS = 300;

const eventBody = fc
  .record({ id: fc.stringMatching(/^evt_[A-Za-z0-9]{1,20}$/), type: fc.stringMatching(/^[a-z]{1,10}\.[a-z_]{1,12}$/), note: fc.string({ unit: "binary" }) })
  .filter((e) => !["payment.succeeded", "payment.failed", "payment.refunded"].includes(e.type))
  .map((e) => JSON.stringify({ id: e.id, type: e.type, created_at: "2026-11-29T12:00:00Z", data: { object: { note: e.note } } }));
const secretArb = fc.string({ unit: "binary", minLength: 1, maxLength: 80 });

describe.each([
  ["node:crypto", node],
  ["Web Crypto", web],
])("%s", (_name, impl) => {
  test(`round trip for arbitrary bodies and secrets (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(eventBody, secretArb, fc.integer({ min: -300, max: 300 }), async (body, secret, skew) => {
        const header = await impl.signWebhook(body, secret, { timestamp: NOW + skew });
        const event = await impl.verifyWebhook(new TextEncoder().encode(body), header, secret, { now: NOW });
        expect(JSON.stringify(event)).toBe(body);
      }),
      { numRuns: RUNS },
    );
  });

  test(`any single-byte change to the body is rejected (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(eventBody, secretArb, fc.nat(), fc.integer({ min: 1, max: 255 }), async (body, secret, at, delta) => {
        const bytes = new TextEncoder().encode(body);
        const header = await impl.signWebhook(bytes, secret, { timestamp: NOW });
        const i = at % bytes.length;
        bytes[i] = (bytes[i]! + delta) & 0xff;
        const error = await impl.verifyWebhook(bytes, header, secret, { now: NOW }).catch((e: unknown) => e);
        expect(error).toMatchObject({ name: "WebhookVerificationError", reason: "no_valid_signature" });
      }),
      { numRuns: RUNS },
    );
  });

  test(`any single-character change to the timestamp or signature is rejected (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(eventBody, secretArb, fc.nat(), fc.boolean(), async (body, secret, at, inTimestamp) => {
        const header = await impl.signWebhook(body, secret, { timestamp: NOW });
        const [t, v1] = header.split(",") as [string, string];
        const change = (part: string, alphabet: string) => {
          const i = 2 + (at % (part.length - 2)) + (part.startsWith("v1") ? 1 : 0);
          const index = Math.min(i, part.length - 1);
          const current = part[index]!;
          const next = alphabet[(alphabet.indexOf(current) + 1 + (at % (alphabet.length - 1))) % alphabet.length]!;
          return part.slice(0, index) + next + part.slice(index + 1);
        };
        const tampered = inTimestamp ? `${change(t, "0123456789")},${v1}` : `${t},${change(v1, "0123456789abcdef")}`;
        expect(tampered).not.toBe(header);
        // The widest tolerance allowed: the signature or the header's form, not the clock, must reject it.
        const error = await impl.verifyWebhook(body, tampered, secret, { now: NOW, toleranceSec: 3600 }).catch((e: unknown) => e);
        expect(error).toMatchObject({ name: "WebhookVerificationError" });
        expect(["no_valid_signature", "malformed_header"]).toContain((error as { reason: string }).reason);
      }),
      { numRuns: RUNS },
    );
  });
});
