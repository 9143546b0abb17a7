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
