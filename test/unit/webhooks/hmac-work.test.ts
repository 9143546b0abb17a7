// Issue 10 item 2: verification hashes the body once per secret, whatever the number of v1 values. Counted
// as work done (HMAC computations), not time.
import { afterEach, describe, expect, test, vi } from "vitest";
import { bindWebhooks } from "../../../src/webhooks/bind.js";
import type { HmacProvider } from "../../../src/webhooks/hmac.js";
import { nodeHmac } from "../../../src/webhooks/hmac-node.js";
import { webHmac } from "../../../src/webhooks/hmac-web.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { NOW, SECRET, sign, specEvents } from "./spec-events.ts";

const body = JSON.stringify(specEvents()[0]!.event);
const OTHER = "whsec_rotated_out";
const bogus = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `v1=${(from + i).toString(16).padStart(64, "0")}`);
const headerWith = (v1s: string[]) => `t=${NOW},${v1s.join(",")}`;
const genuine = sign(body).split(",")[1]!;

function counting(provider: HmacProvider) {
  const count = { hmac: 0, equal: 0 };
  const wrapped: HmacProvider = {
    hmac: (secret, prefix, body) => (count.hmac++, provider.hmac(secret, prefix, body)),
    equal: (a, b) => (count.equal++, provider.equal(a, b)),
  };
  return { count, ...bindWebhooks(wrapped) };
}

describe.each([
  ["node:crypto", nodeHmac],
  ["Web Crypto", webHmac],
])("%s", (_name, provider) => {
  test("60 v1 values (59 bogus, one genuine) and 2 secrets cost exactly 2 HMACs, and the genuine one matches", async () => {
    const { count, verifyWebhook } = counting(provider);
    const header = headerWith([...bogus(29), genuine, ...bogus(30, 29)]);
    await expect(verifyWebhook(body, header, [OTHER, SECRET], { now: NOW })).resolves.toMatchObject({ id: expect.any(String) });
    expect(count.hmac).toBe(2);
    expect(count.equal).toBe(2 * 60);
  });

  test("with no match, still one HMAC per secret", async () => {
    const { count, verifyWebhook } = counting(provider);
    await expect(verifyWebhook(body, headerWith(bogus(60)), [OTHER, SECRET], { now: NOW })).rejects.toMatchObject({ reason: "no_valid_signature" });
    expect(count.hmac).toBe(2);
  });

  test("duplicate v1 values and duplicate secrets are compared once", async () => {
    const { count, verifyWebhook } = counting(provider);
    const header = headerWith([...Array(20).fill(bogus(1)[0]), ...Array(20).fill(genuine.toUpperCase()), genuine]);
    await expect(verifyWebhook(body, header, [SECRET, SECRET], { now: NOW })).resolves.toBeDefined();
    expect(count.hmac).toBe(1);
    expect(count.equal).toBe(2);
  });

  test("equal compares whole byte strings", () => {
    const a = new Uint8Array(32).fill(7);
    expect(provider.equal(a, a.slice())).toBe(true);
    for (const i of [0, 15, 31]) {
      const b = a.slice();
      b[i] = 8;
      expect(provider.equal(a, b)).toBe(false);
    }
    expect(provider.equal(a, a.slice(0, 31))).toBe(false);
  });
});

describe("Web Crypto, counted at crypto.subtle (pass-through spies)", () => {
  afterEach(() => vi.restoreAllMocks());

  test("60 bogus v1 values and 2 secrets hash the body twice, not 120 times", async () => {
    const sign = vi.spyOn(crypto.subtle, "sign");
    const verify = vi.spyOn(crypto.subtle, "verify");
    const header = headerWith(bogus(60));
    await expect(web.verifyWebhook(body, header, [OTHER, SECRET], { now: NOW })).rejects.toMatchObject({ reason: "no_valid_signature" });
    expect(sign.mock.calls.length + verify.mock.calls.length).toBe(2);
  });
});
