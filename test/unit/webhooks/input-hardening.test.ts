// Review findings on verifyWebhook's inputs: bodies from another JS realm or as any ArrayBuffer view, a
// tolerance so large that replay protection is off in effect, and a timestamp whose header text differs from
// the signed bytes. Events are spec examples, signed with node:crypto.
import { createHmac } from "node:crypto";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { PayConnectError, WebhookVerificationError } from "../../../src/entry/webhooks-node.js";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { NOW, SECRET, sign, specEvents } from "./spec-events.ts";

const example = specEvents()[0]!.event;
// JSON may end in whitespace: one space keeps the length even, so a Uint16Array can view the same bytes.
const json = JSON.stringify(example).padEnd(JSON.stringify(example).length + (JSON.stringify(example).length % 2), " ");
const bytes = new TextEncoder().encode(json);
/** Runs `code` in a fresh node:vm context (another realm, as Jest-style sandboxes create) with `input`. */
const otherRealm = (code: string, input: unknown): unknown => runInNewContext(code, { input });
const hmacHex = (signed: string) => createHmac("sha256", SECRET).update(signed).digest("hex");

describe.each([
  ["node:crypto", node],
  ["Web Crypto", web],
])("%s", (_name, impl) => {
  const opts = { now: NOW };

  test.each<[string, () => unknown]>([
    ["a Uint8Array from another realm", () => otherRealm("new Uint8Array(input)", [...bytes])],
    ["an ArrayBuffer from another realm", () => otherRealm("new Uint8Array(input).buffer", [...bytes])],
    ["a DataView from another realm", () => otherRealm("new DataView(new Uint8Array(input).buffer)", [...bytes])],
    ["a DataView", () => new DataView(bytes.slice().buffer)],
    ["a Uint16Array over the same bytes", () => new Uint16Array(bytes.slice().buffer)],
    ["a view of part of a larger buffer", () => {
      const larger = new Uint8Array(bytes.length + 16).fill(0x20);
      larger.set(bytes, 7);
      return new DataView(larger.buffer, 7, bytes.length);
    }],
    ["a Buffer from a pool", () => Buffer.from(json, "utf8")],
  ])("%s is a raw body: verified over exactly its bytes", async (_n, make) => {
    const body = make();
    await expect(impl.verifyWebhook(body as never, sign(bytes), SECRET, opts)).resolves.toEqual(JSON.parse(json));
    expect(await impl.signWebhook(body as never, SECRET, { timestamp: NOW })).toBe(sign(bytes));
  });

  test.each<[string, () => unknown]>([
    ["a parsed object", () => JSON.parse(json)],
    ["a parsed object from another realm", () => otherRealm("JSON.parse(input)", json)],
    ["an array of byte values", () => [...bytes]],
  ])("%s is refused with guidance to pass the raw body", async (_n, make) => {
    const error = await impl.verifyWebhook(make() as never, sign(bytes), SECRET, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(error).not.toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toMatch(/got a parsed object as the body\. Pass the raw request body/);
  });

  test.each([3601, 86_400, 1e12, Number.MAX_SAFE_INTEGER])("toleranceSec %s is refused: replay protection would be off in effect", async (toleranceSec) => {
    const error = await impl.verifyWebhook(json, sign(json), SECRET, { now: NOW, toleranceSec }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(error).not.toBeInstanceOf(WebhookVerificationError);
    expect((error as Error).message).toMatch(/toleranceSec must be .*at most 3600/);
  });

  test("toleranceSec 3600 (the maximum) accepts a signature exactly that old, not one older", async () => {
    await expect(impl.verifyWebhook(json, sign(json, SECRET, NOW - 3600), SECRET, { now: NOW, toleranceSec: 3600 })).resolves.toBeDefined();
    await expect(impl.verifyWebhook(json, sign(json, SECRET, NOW - 3601), SECRET, { now: NOW, toleranceSec: 3600 }))
      .rejects.toMatchObject({ reason: "timestamp_outside_tolerance" });
  });

  test.each([
    ["leading zeros, signed over the number", `00${NOW}`, `${NOW}.`],
    ["leading zeros, signed over the header text", `00${NOW}`, `00${NOW}.`],
    ["a plus sign", `+${NOW}`, `${NOW}.`],
    ["an exponent", "1.764417792e9", `${NOW}.`],
    ["a fraction", `${NOW}.0`, `${NOW}.`],
  ])("a timestamp with %s is a malformed header", async (_n, t, signedPrefix) => {
    const header = `t=${t},v1=${hmacHex(signedPrefix + json)}`;
    const error = await impl.verifyWebhook(json, header, SECRET, opts).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "WebhookVerificationError", reason: "malformed_header" });
    expect((error as Error).message).toMatch(/t must be Unix seconds as a plain integer/);
  });

  test("t=0 is canonical: the header parses and the timestamp is judged by the tolerance", async () => {
    await expect(impl.verifyWebhook(json, `t=0,v1=${hmacHex(`0.${json}`)}`, SECRET, opts)).rejects.toMatchObject({ reason: "timestamp_outside_tolerance" });
  });
});
