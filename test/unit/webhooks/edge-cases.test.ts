// Issue 10 items 9 and 14: prototype-named event types, a one-element header array, a UTF-8 BOM, and the
// envelope of an event type this SDK does not know. Events are spec examples, signed with node:crypto.
import { describe, expect, test } from "vitest";
import type { UnknownWebhookEvent } from "../../../src/entry/webhooks-node.js";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { NOW, SECRET, sign, spec, specEvents } from "./spec-events.ts";
import { envelopeSchema } from "../../../scripts/gen/tolerant.ts";

const example = specEvents()[0]!.event;
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const envelope = envelopeSchema(spec);
const envelopeFields = (envelope.required as string[]).filter((name) => name !== "data");

describe.each([
  ["node:crypto", node],
  ["Web Crypto", web],
])("%s", (_name, impl) => {
  const opts = { now: NOW };

  test.each(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"])(
    "a signed event of type %j is returned as an unknown event, not a TypeError",
    async (type) => {
      const body = JSON.stringify({ ...example, type });
      const event = await impl.verifyWebhook(body, sign(body), SECRET, opts);
      expect(String(event.type)).toBe(type);
      expect(event).toEqual(JSON.parse(body));
    },
  );

  test("a one-element header array is that header; none is a missing header; two are refused", async () => {
    const body = JSON.stringify(example);
    await expect(impl.verifyWebhook(body, [sign(body)], SECRET, opts)).resolves.toEqual(example);
    await expect(impl.verifyWebhook(body, [], SECRET, opts)).rejects.toMatchObject({ reason: "missing_header" });
    await expect(impl.verifyWebhook(body, [sign(body), sign(body)], SECRET, opts)).rejects.toMatchObject({ reason: "malformed_header" });
  });

  test("a body with a UTF-8 BOM verifies alike as bytes, as a Buffer and as a string; the BOM is signed", async () => {
    const json = new TextEncoder().encode(JSON.stringify(example));
    const bytes = new Uint8Array([...BOM, ...json]);
    const header = sign(bytes);
    for (const body of [bytes, Buffer.from(bytes), bytes.slice().buffer, Buffer.from(bytes).toString("utf8"), new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)]) {
      await expect(impl.verifyWebhook(body, header, SECRET, opts)).resolves.toEqual(example);
    }
    // The signature covers the BOM: the same JSON without it does not match.
    await expect(impl.verifyWebhook(json, header, SECRET, opts)).rejects.toMatchObject({ reason: "no_valid_signature" });
    // Only one BOM is skipped: a second is not JSON.
    const twice = new Uint8Array([...BOM, ...bytes]);
    await expect(impl.verifyWebhook(twice, sign(twice), SECRET, opts)).rejects.toMatchObject({ reason: "invalid_payload" });
  });

  test("an unknown event type is returned with its whole envelope", async () => {
    const unknown = { ...example, type: `${String(example.type)}_from_a_newer_api` };
    const body = JSON.stringify(unknown);
    const event = await impl.verifyWebhook(body, sign(body), SECRET, opts);
    expect(event).toEqual(unknown);
    for (const name of envelopeFields) expect(event).toHaveProperty(name, unknown[name as keyof typeof unknown]);
    expect(event.data.object).toEqual(example.data && (example.data as { object: unknown }).object);
  });

  test.each([...envelopeFields, "data", "data.object"])("an unknown event type without %s is invalid_payload", async (field) => {
    const unknown = structuredClone({ ...example, type: "payment.from_a_newer_api" }) as Record<string, any>;
    if (field === "data.object") delete unknown.data.object;
    else delete unknown[field];
    const body = JSON.stringify(unknown);
    await expect(impl.verifyWebhook(body, sign(body), SECRET, opts)).rejects.toMatchObject({ reason: "invalid_payload" });
  });

  test.each([
    // Not a date-time is a value restriction: strict only (value-restrictions.test.ts). Not a string is a wrong type.
    ["created_at not a string", { created_at: 1_764_417_792 }],
    ["data.object not an object", { data: { object: "pay_1" } }],
    ["type empty", { type: "" }],
    ["type not a string", { type: 42 }],
  ])("an event whose envelope has %s is invalid_payload", async (_n, patch) => {
    const body = JSON.stringify({ ...example, ...patch });
    await expect(impl.verifyWebhook(body, sign(body), SECRET, opts)).rejects.toMatchObject({ reason: "invalid_payload" });
  });
});

test("the envelope checked for unknown types requires every field UnknownWebhookEvent declares", () => {
  // `satisfies` makes tsc fail when this list and the type's keys drift apart.
  const declared = { id: true, type: true, created_at: true, data: true } satisfies Record<keyof UnknownWebhookEvent, true>;
  expect(envelope.required).toEqual(expect.arrayContaining(Object.keys(declared)));
});
