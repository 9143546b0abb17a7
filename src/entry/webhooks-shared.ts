// Types and errors every webhooks entry exports.
export { PayConnectError, WebhookVerificationError, type WebhookFailureReason } from "../errors.js";
export type { KnownWebhookEvent, UnknownWebhookEvent, WebhookEvent } from "../webhooks/events.js";
export type { SignOptions, VerifyOptions } from "../webhooks/verify.js";
export type { RawBody } from "../webhooks/raw-body.js";
