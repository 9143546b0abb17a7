// The errors of verifyWebhook and signWebhook say which function refused what, and what to do: the body that is
// not raw bytes, a bad `now`, a header that is not one string, no matching signature (with a hint when an API
// secret key was passed as the webhook secret — among several secrets too).
import { describe, expect, test } from "vitest";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { NOW, SECRET, sign, specEvents } from "./spec-events.ts";

const body = JSON.stringify(specEvents()[0]!.event);

describe.each([
  ["node:crypto", node],
  ["Web Crypto", web],
])("%s", (_name, impl) => {
  const opts = { now: NOW };

  test("a body that is not raw bytes is named, and the function that refused it", async () => {
    await expect(impl.verifyWebhook({} as never, sign(body), SECRET, opts)).rejects.toThrow(/^verifyWebhook: got a parsed object as the body/);
    await expect(impl.verifyWebhook(null as never, sign(body), SECRET, opts)).rejects.toThrow(/^verifyWebhook: got null as the body/);
    await expect(impl.signWebhook({} as never, SECRET)).rejects.toThrow(/^signWebhook: got a parsed object as the body/);
  });

  test("a secret that is not one is refused by the function it was given to", async () => {
    await expect(impl.verifyWebhook(body, sign(body), "", opts)).rejects.toThrow(/^verifyWebhook: /);
    await expect(impl.signWebhook(body, "")).rejects.toThrow(/^signWebhook: /);
  });

  // Only a number is shown: a string or a BigInt printed as is would look like a valid timestamp, and an object
  // without toString would throw while the message is built.
  test.each([["1764417792", "a string"], [1800000000n, "a bigint"], [Object.create(null), "a object"], [Number.NaN, "NaN"], [Number.POSITIVE_INFINITY, "Infinity"]])("`now` must be finite Unix seconds: %s is refused", async (now, shown) => {
    await expect(impl.verifyWebhook(body, sign(body), SECRET, { now: now as never })).rejects.toThrow(`\`now\` must be Unix seconds, got ${shown}.`);
  });

  test("a header that is not one string says what it got", async () => {
    await expect(impl.verifyWebhook(body, 42 as never, SECRET, opts)).rejects.toThrow(/Got a number as the signature header/);
    await expect(impl.verifyWebhook(body, [sign(body), sign(body)], SECRET, opts)).rejects.toThrow(/Got several x-payconnect-signature headers/);
  });

  test("no matching signature says what to check, and hints at an API key passed as the webhook secret", async () => {
    const wrong = "whsec_not_the_right_secret";
    const plain = await impl.verifyWebhook(body, sign(body), wrong, opts).catch((e: Error) => e);
    expect(String(plain)).toMatch(/No signature matches: check the webhook secret/);
    expect(String(plain)).not.toMatch(/API secret key/);
    const mixed = await impl.verifyWebhook(body, sign(body), [wrong, "sk_test_apiKeyByMistake"], opts).catch((e: Error) => e);
    expect(String(mixed)).toMatch(/A secret starting with sk_… is an API secret key, not the webhook secret/);
  });
});
