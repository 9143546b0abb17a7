// What a signed body that is not a valid event becomes: a WebhookVerificationError("invalid_payload") whose
// message says which case it is (not JSON, not an envelope, an event that breaks its type's schema) and lists at
// most five problems with their places — never a TypeError, whatever JSON value was signed.
import { describe, expect, test } from "vitest";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { NOW, SECRET, sign, specEvents } from "./spec-events.ts";

const example = specEvents()[0]!.event as Record<string, unknown>;

describe.each([
  ["node:crypto", node],
  ["Web Crypto", web],
])("%s", (_name, impl) => {
  const verify = (body: string) => impl.verifyWebhook(body, sign(body), SECRET, { now: NOW });

  test("a signed body that is not JSON says so", async () => {
    await expect(verify("{not json")).rejects.toMatchObject({ reason: "invalid_payload", message: expect.stringMatching(/not valid UTF-8 JSON/) });
  });

  test.each(["null", "42", '"text"', "true", "[]"])("a signed JSON %s is an invalid payload naming the envelope and the root, not a TypeError", async (body) => {
    const error = await verify(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(impl.WebhookVerificationError);
    expect((error as Error).message).toMatch(/not an event envelope/);
    expect((error as Error).message).toMatch(/: \/ /);
  });

  test("an event of a known type that breaks its schema names the type; at most five problems are listed", async () => {
    const broken = { ...example, data: { object: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}`, i])) } };
    const error = (await verify(JSON.stringify(broken)).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(impl.WebhookVerificationError);
    expect(error.message).toContain(`Event ${String(example.type)} does not match the spec`);
    const problems = error.message.slice(error.message.indexOf(": ") + 2).split("; ");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(5);
    for (const p of problems) expect(p).toMatch(/^\/\S*/);
  });
});
