// verifyWebhook's contract beyond the vectors: option errors, raw-body guidance, cheap rejection, signWebhook.
import { createHmac } from "node:crypto";
import { describe, expect, test } from "vitest";
import { PayConnectError, WebhookVerificationError, signWebhook, verifyWebhook } from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { specEvents } from "./spec-events.ts";

const secret = "whsec_test_3b9f8e";
const now = 1_764_417_792;
// A spec example, not a copy of one: the next spec change needs no edit here.
const body = JSON.stringify(specEvents()[0]!.event);

describe.each([
  ["node:crypto", { verifyWebhook, signWebhook }],
  ["Web Crypto", { verifyWebhook: web.verifyWebhook, signWebhook: web.signWebhook }],
])("%s", (_name, impl) => {
  test("signWebhook produces what an independent HMAC computes", async () => {
    const header = await impl.signWebhook(body, secret, { timestamp: now });
    const expected = createHmac("sha256", secret).update(`${now}.${body}`).digest("hex");
    expect(header).toBe(`t=${now},v1=${expected}`);
  });

  test("round trip returns the parsed event", async () => {
    const header = await impl.signWebhook(body, secret, { timestamp: now });
    await expect(impl.verifyWebhook(body, header, secret, { now })).resolves.toEqual(JSON.parse(body));
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, "300"])("toleranceSec %s is an option error, never 'no check'", async (toleranceSec) => {
    const header = await impl.signWebhook(body, secret, { timestamp: now });
    const error = await impl.verifyWebhook(body, header, secret, { now, toleranceSec: toleranceSec as number }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(error).not.toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toMatch(/toleranceSec must be a positive, finite number/);
  });

  test.each([
    ["a parsed object", JSON.parse(body), /a parsed object/],
    ["undefined", undefined, /undefined/],
    ["a number", 42, /number/],
  ])("%s as the body throws with guidance to pass the raw body", async (_n, raw, what) => {
    const error = await impl.verifyWebhook(raw as never, "t=1,v1=" + "0".repeat(64), secret).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toMatch(what);
    expect((error as Error).message).toMatch(/raw request body/);
    expect((error as Error).message).toMatch(/express\.raw/);
  });

  test.each([[""], [[]], [[""]], [[secret, 5]]])("secret %j is an option error", async (bad) => {
    await expect(impl.verifyWebhook(body, "t=1,v1=" + "0".repeat(64), bad as never)).rejects.toThrow(/webhook secret/);
  });

  test("the default clock is used when `now` is omitted", async () => {
    const fresh = await impl.signWebhook(body, secret);
    await expect(impl.verifyWebhook(body, fresh, secret)).resolves.toMatchObject({ type: JSON.parse(body).type });
    const stale = await impl.signWebhook(body, secret, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    await expect(impl.verifyWebhook(body, stale, secret)).rejects.toMatchObject({ reason: "timestamp_outside_tolerance" });
  });

  test("errors never contain the secret", async () => {
    const header = await impl.signWebhook(body, "whsec_other", { timestamp: now });
    const error = await impl.verifyWebhook(body, header, secret, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(JSON.stringify(error) + String(error) + (error as Error).stack).not.toContain(secret);
  });
});

test("an oversized header is rejected before any HMAC is computed", async () => {
  let hmacs = 0;
  const { bindWebhooks } = await import("../../../src/webhooks/bind.js");
  const counting = bindWebhooks({
    hmac: async () => {
      hmacs++;
      return new Uint8Array(32);
    },
    equal: () => false,
  });
  const huge = "t=1," + "v1=" + "a".repeat(64) + ",".repeat(10_000);
  await expect(counting.verifyWebhook(body, huge, secret)).rejects.toMatchObject({ reason: "malformed_header" });
  await expect(counting.verifyWebhook(body, ["a", "b"], secret)).rejects.toMatchObject({ reason: "malformed_header" });
  await expect(counting.verifyWebhook(body, undefined, secret)).rejects.toMatchObject({ reason: "missing_header" });
  expect(hmacs).toBe(0);
});
