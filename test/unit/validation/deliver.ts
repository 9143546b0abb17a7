// A correctly signed delivery of `body` through verifyWebhook (node entry), signed with node:crypto.
import * as node from "../../../src/entry/webhooks-node.js";
import { WebhookVerificationError } from "../../../src/entry/webhooks-node.js";
import { NOW, SECRET, sign } from "../webhooks/spec-events.ts";

/** The event, or the WebhookVerificationError it was refused with (any other exception is thrown). */
export async function deliver(body: string, strict: boolean): Promise<unknown> {
  try {
    return await node.verifyWebhook(body, sign(body), SECRET, { now: NOW, strict });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error;
    throw error;
  }
}
