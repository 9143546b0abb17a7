// Package entry for every other runtime (Bun, Deno, Workers, browsers).
import { webPlatform } from "../platform/web.js";
import { bindCreatePayConnect } from "./bind.js";

export * from "./shared.js";
export { verifyWebhook, signWebhook } from "./webhooks-web.js";
export type { KnownWebhookEvent, UnknownWebhookEvent, WebhookEvent, VerifyOptions, SignOptions } from "./webhooks-shared.js";
export type { PayConnect } from "./bind.js";
/** Creates a PayConnect client. See PayConnectOptions for the options and their defaults. */
export const createPayConnect = bindCreatePayConnect(webPlatform);
