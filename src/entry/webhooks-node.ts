// `@payconnect/sdk/webhooks` under the `node` condition: node:crypto HMAC, no HTTP client.
import { bindWebhooks } from "../webhooks/bind.js";
import { nodeHmac } from "../webhooks/hmac-node.js";

export * from "./webhooks-shared.js";
export const { verifyWebhook, signWebhook } = bindWebhooks(nodeHmac);
