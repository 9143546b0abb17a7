// Package entry under the `node` export condition.
import { nodePlatform } from "../platform/node.js";
import { bindCreatePayConnect } from "./bind.js";

export * from "./shared.js";
export { verifyWebhook, signWebhook } from "./webhooks-node.js";
export type { KnownWebhookEvent, UnknownWebhookEvent, WebhookEvent, VerifyOptions, SignOptions } from "./webhooks-shared.js";
export type { PayConnect } from "./bind.js";
/** Creates a PayConnect client. See PayConnectOptions for the options and their defaults. */
export const createPayConnect = bindCreatePayConnect(nodePlatform);
