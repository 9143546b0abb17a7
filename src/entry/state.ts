// `@payconnect/sdk/state`: what replicas of one deployment share — the store contract, the in-memory store, the
// client's shared token and rate budget (shareState, for createPayConnect's `shared` option) and the webhook
// de-duplication helper. The Redis store is `@payconnect/sdk/redis`.
export { memoryStore, type MemoryStoreOptions } from "../state/memory.js";
export { shareState, type ShareStateOptions } from "../state/share.js";
export type { SharedClientState } from "../client/sharing.js";
export type { SharedStore } from "../state/store.js";
export { createWebhookDeduplicator, type DeliveryOutcome, type WebhookDeduplicator, type WebhookDeduplicatorOptions } from "../state/dedupe.js";
export { EventInProgressError, SharedStoreError } from "../state/errors.js";
export { PayConnectError } from "../error-base.js";
