// The exact edges of webhook verification — header length, timestamp tolerance, option and secret checks,
// header items that are not scheme=value pairs — on both HMAC providers. Written against the mutants a
// Stryker run left alive: each test pins one side of a boundary the suite only crossed from far away.
// Signatures come from node:crypto (spec-events.ts), events from the spec's own examples.
import { describe, expect, test } from "vitest";
import { MAX_HEADER_LENGTH, parseSignatureHeader } from "../../../src/webhooks/header.js";
import { PayConnectError, WebhookVerificationError } from "../../../src/entry/webhooks-node.js";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { NOW, SECRET, sign, specEvents } from "./spec-events.ts";

const body = JSON.stringify(specEvents()[0]!.event);
const event = JSON.parse(body);
const header = sign(body);
const [tPart, v1Part] = header.split(",") as [string, string];

/** `header` padded with an ignored `v0=` item to exactly `length` characters. */
function padded(length: number): string {
  const head = `${header},v0=`;
  return head + "0".repeat(length - head.length);
}

describe.each([
  ["node:crypto", node],
  ["Web Crypto", web],
])("%s", (_name, impl) => {
  const verify = (h: unknown, options: object = {}, secrets: unknown = SECRET, raw: unknown = body) =>
    impl.verifyWebhook(raw as string, h as string, secrets as string, { now: NOW, ...options });

  test("a header of exactly the maximum length is read; one character more is refused before any crypto", async () => {
    await expect(verify(padded(MAX_HEADER_LENGTH))).resolves.toEqual(event);
    await expect(verify(padded(MAX_HEADER_LENGTH + 1))).rejects.toMatchObject({ reason: "malformed_header" });
  });

  test.each([
    ["exactly toleranceSec old", NOW + 300, {}],
    ["exactly toleranceSec in the future", NOW - 300, {}],
    ["exactly a custom toleranceSec old", NOW + 5, { toleranceSec: 5 }],
  ])("a signature %s is accepted", async (_case, now, extra) => {
    await expect(verify(header, { now, ...extra })).resolves.toEqual(event);
  });

  test.each([
    ["one second past toleranceSec", NOW + 301, {}],
    ["one second before -toleranceSec", NOW - 301, {}],
    ["one second past a custom toleranceSec", NOW + 6, { toleranceSec: 5 }],
  ])("a signature %s is refused", async (_case, now, extra) => {
    await expect(verify(header, { now, ...extra })).rejects.toMatchObject({ reason: "timestamp_outside_tolerance" });
  });

  test("without `now` the system clock is used", async () => {
    const t = Math.floor(Date.now() / 1000);
    await expect(impl.verifyWebhook(body, sign(body, SECRET, t), SECRET)).resolves.toEqual(event);
    await expect(impl.verifyWebhook(body, sign(body, SECRET, t - 3600), SECRET)).rejects.toMatchObject({ reason: "timestamp_outside_tolerance" });
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, "300"])("toleranceSec %j is refused: replay protection cannot be turned off", async (toleranceSec) => {
    const error = await verify(header, { toleranceSec }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(error).not.toBeInstanceOf(WebhookVerificationError);
  });

  test.each(["yes", 1])("strict %j is refused; strict must be a boolean", async (strict) => {
    const error = await verify(header, { strict }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(error).not.toBeInstanceOf(WebhookVerificationError);
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, String(NOW)])("now %j is refused", async (now) => {
    const error = await verify(header, { now }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(error).not.toBeInstanceOf(WebhookVerificationError);
  });

  test.each([
    ["an empty array", []],
    ["an empty secret in the array", [SECRET, ""]],
    ["a number in the array", [SECRET, 1]],
    ["a Set", new Set([SECRET])],
    ["an empty string", ""],
  ])("secrets as %s are refused before the header is looked at", async (_case, secrets) => {
    const error = await verify(header, {}, secrets).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(error).not.toBeInstanceOf(WebhookVerificationError);
  });

  test("the matching secret may be anywhere in the rotation list, and a signature anywhere in the header", async () => {
    await expect(verify(header, {}, ["whsec_old", SECRET])).resolves.toEqual(event);
    await expect(verify(header, {}, [SECRET, "whsec_new"])).resolves.toEqual(event);
    const other = sign(body, "whsec_other").split(",")[1]!;
    await expect(verify(`${tPart},${v1Part},${other}`)).resolves.toEqual(event);
    await expect(verify(`${tPart},${other},${v1Part}`)).resolves.toEqual(event);
    await expect(verify(`${tPart},${other}`)).rejects.toMatchObject({ reason: "no_valid_signature" });
  });

  test.each([
    ["an item without =", `${header},garbage`],
    ["an item with an empty scheme", `${header},=abc`],
    ["an unknown scheme with an empty value", `${header},v0=`],
    ["a timestamp with a trailing letter", `${tPart}a,${v1Part}`],
    ["a timestamp with a leading sign", `t=+${tPart.slice(2)},${v1Part}`],
    ["a 13-digit timestamp", `t=1${tPart.slice(2).padStart(12, "0")},${v1Part}`],
    ["a v1 of 63 hex characters", `${tPart},${v1Part.slice(0, -1)}`],
    ["a v1 of 65 hex characters", `${v1Part}0,${tPart}`],
    ["a v1 with a non-hex character", `${tPart},${v1Part.slice(0, -1)}g`],
    ["two timestamps", `${tPart},${tPart},${v1Part}`],
    ["no timestamp", v1Part],
    ["no v1 signature", tPart],
  ])("%s is a malformed header", async (_case, h) => {
    await expect(verify(h)).rejects.toMatchObject({ reason: "malformed_header" });
  });

  test("spaces around items, schemes and values are allowed, and upper-case hex matches", async () => {
    const [, hex] = v1Part.split("=") as [string, string];
    await expect(verify(` t = ${tPart.slice(2)} , v1 = ${hex.toUpperCase()} `)).resolves.toEqual(event);
  });

  test("a null, missing or non-string header says which", async () => {
    await expect(verify(null)).rejects.toMatchObject({ reason: "missing_header" });
    await expect(verify(undefined)).rejects.toMatchObject({ reason: "missing_header" });
    await expect(verify("")).rejects.toMatchObject({ reason: "missing_header" });
    await expect(verify(42)).rejects.toMatchObject({ reason: "malformed_header", message: expect.stringContaining("a number") });
  });

  test("an ArrayBuffer body verifies like the same bytes", async () => {
    const bytes = new TextEncoder().encode(body);
    await expect(verify(header, {}, SECRET, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).resolves.toEqual(event);
  });

  test("bytes that are not UTF-8, even inside a JSON string, are invalid_payload rather than replaced", async () => {
    // In a new field the tolerant check accepts, so only the decoding can refuse it.
    const [before, after] = JSON.stringify({ ...event, x_note: "MARK" }).split("MARK") as [string, string];
    const bytes = new Uint8Array([...new TextEncoder().encode(before), 0xff, ...new TextEncoder().encode(after)]);
    await expect(verify(sign(bytes), {}, SECRET, bytes)).rejects.toMatchObject({ reason: "invalid_payload" });
    const valid = new TextEncoder().encode(`${before}ok${after}`);
    await expect(verify(sign(valid), {}, SECRET, valid)).resolves.toMatchObject({ x_note: "ok" });
  });

  test.each([
    [null, "got null"],
    [undefined, "got undefined"],
    [{ id: "evt_1" }, "got a parsed object"],
    [42, "got number"],
  ])("a body of %j is refused, naming what came instead of raw bytes", async (raw, words) => {
    const error = await impl.verifyWebhook(raw as unknown as string, header, SECRET, { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toContain(words);
  });

  test("an event that breaks the spec names the offending field", async () => {
    const broken = JSON.stringify({ ...event, created_at: 12 });
    await expect(verify(sign(broken), {}, SECRET, broken)).rejects.toMatchObject({
      reason: "invalid_payload",
      message: expect.stringContaining("/created_at"),
    });
  });
});

describe("signWebhook", () => {
  test.each([
    ["node:crypto", node],
    ["Web Crypto", web],
  ])("%s: timestamp 0 is a valid Unix time; negative or fractional ones are refused", async (_name, impl) => {
    expect(await impl.signWebhook(body, SECRET, { timestamp: 0 })).toBe(sign(body, SECRET, 0));
    await expect(impl.signWebhook(body, SECRET, { timestamp: -1 })).rejects.toBeInstanceOf(PayConnectError);
    await expect(impl.signWebhook(body, SECRET, { timestamp: 1.5 })).rejects.toBeInstanceOf(PayConnectError);
    await expect(impl.signWebhook(body, "", { timestamp: 1 })).rejects.toBeInstanceOf(PayConnectError);
  });

  test("without a timestamp the system clock is used", async () => {
    const before = Math.floor(Date.now() / 1000);
    const t = Number(/^t=(\d+),/.exec(await node.signWebhook(body, SECRET))![1]);
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
  });
});

test("parsed v1 signatures are lower-case hex, the form the comparison expects", () => {
  const hex = v1Part.split("=")[1]!;
  expect(parseSignatureHeader(`${tPart},v1=${hex.toUpperCase()}`)).toEqual({ timestamp: NOW, signatures: [hex] });
});
