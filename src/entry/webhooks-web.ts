// `@payconnect/sdk/webhooks` everywhere else: Web Crypto HMAC, no HTTP client.
import { bindWebhooks } from "../webhooks/bind.js";
import { webHmac } from "../webhooks/hmac-web.js";

export * from "./webhooks-shared.js";
export const { verifyWebhook, signWebhook } = bindWebhooks(webHmac);
