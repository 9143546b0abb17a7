// The signed bytes are "<t>." then the body's UTF-8 bytes (for a string, TextEncoder's: a lone surrogate is
// U+FFFD), hashed in two parts by node:crypto and joined for Web Crypto. Expected values come from an HMAC
// over bytes built here with Buffer.concat, not from the SDK.
import { createHmac } from "node:crypto";
import { expect, test } from "vitest";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { NOW, SECRET, specEvents } from "./spec-events.ts";

const independent = (t: number, bytes: Uint8Array) =>
  `t=${t},v1=${createHmac("sha256", SECRET).update(Buffer.concat([Buffer.from(`${t}.`, "latin1"), bytes])).digest("hex")}`;

const text = JSON.stringify(specEvents()[0]!.event);
const bodies: [string, string][] = [
  ["an event", text],
  ["astral characters and a BOM", `\ufeff${text.slice(0, -1)},"note":"𝄞 ☃ é"}`],
  ["lone surrogates", `{"a":"\ud800","b":"x\udfffy"}`],
  ["empty", ""],
];

test.each([["node", node], ["web", web]] as const)("%s: a string body is signed as its UTF-8 bytes, and the same bytes as a Buffer sign alike", async (_name, entry) => {
  for (const [what, body] of bodies) {
    const bytes = new TextEncoder().encode(body);
    const expected = independent(NOW, bytes);
    expect(await entry.signWebhook(body, SECRET, { timestamp: NOW }), what).toBe(expected);
    expect(await entry.signWebhook(bytes, SECRET, { timestamp: NOW }), what).toBe(expected);
    // A view into a larger buffer signs only its own bytes.
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    expect(await entry.signWebhook(padded.subarray(4, 4 + bytes.length), SECRET, { timestamp: NOW }), what).toBe(expected);
  }
});

test.each([["node", node], ["web", web]] as const)("%s: verifyWebhook accepts the independent signature of a string body and of its bytes, upper-case hex included", async (_name, entry) => {
  const bytes = new TextEncoder().encode(text);
  const header = independent(NOW, bytes);
  const upper = header.replace(/v1=(\w+)/, (_m, hex: string) => `v1=${hex.toUpperCase()}`);
  for (const h of [header, upper]) {
    await expect(entry.verifyWebhook(text, h, SECRET, { now: NOW })).resolves.toEqual(JSON.parse(text));
    await expect(entry.verifyWebhook(bytes, h, SECRET, { now: NOW })).resolves.toEqual(JSON.parse(text));
  }
  // One changed hex digit anywhere fails.
  const hex = header.split("v1=")[1]!;
  for (const i of [0, 31, 63]) {
    const flipped = hex.slice(0, i) + (hex[i] === "0" ? "1" : "0") + hex.slice(i + 1);
    await expect(entry.verifyWebhook(text, `t=${NOW},v1=${flipped}`, SECRET, { now: NOW })).rejects.toMatchObject({ reason: "no_valid_signature" });
  }
});
