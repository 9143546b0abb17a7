// signWebhook takes one secret; its error must not suggest an array, which only verifyWebhook takes.
import { expect, test } from "vitest";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";

test.each([["node", node], ["web", web]] as const)("%s: signWebhook with an empty secret names a string only; verifyWebhook also the rotation list", async (_name, entry) => {
  const sign = await entry.signWebhook("{}", "").catch((e: unknown) => e);
  expect(sign).toBeInstanceOf(entry.PayConnectError);
  expect((sign as Error).message).toMatch(/signWebhook: pass the webhook secret \(whsec_…\) as a non-empty string\.$/);
  const verify = await entry.verifyWebhook("{}", "t=1,v1=00", "").catch((e: unknown) => e);
  expect((verify as Error).message).toMatch(/or an array of them while rotating/);
});

test.each([["node", node], ["web", web]] as const)("%s: an API secret key passed as the webhook secret is named as the likely mistake, without echoing it", async (_name, { verifyWebhook: verify, signWebhook: sign }) => {
  const body = JSON.stringify({ any: "body" });
  const header = await sign(body, "whsec_the_real_secret_123", { timestamp: 1_700_000_000 });
  const apiKey = "sk_test_abcdefghijklmnop";
  const error = (await verify(body, header, apiKey, { now: 1_700_000_000 }).catch((e: unknown) => e)) as Error;
  expect(error.message).toMatch(/sk_… is an API secret key/);
  expect(error.message).not.toContain(apiKey);
  const plain = (await verify(body, header, "whsec_some_other_secret", { now: 1_700_000_000 }).catch((e: unknown) => e)) as Error;
  expect(plain.message).not.toMatch(/API secret key/);
});
