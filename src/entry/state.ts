// `@payconnect/sdk/state`: what replicas of one deployment share — the store contract, the in-memory store and the
// webhook de-duplication helper. The Redis store is `@payconnect/sdk/redis`.
export { memoryStore, type MemoryStoreOptions } from "../state/memory.js";
export type { SharedStore } from "../state/store.js";
export { EventInProgressError, SharedStoreError } from "../state/errors.js";
