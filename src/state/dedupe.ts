// Webhook de-duplication across replicas (issue 14): PayConnect delivers at least once, so one event can arrive
// twice, at two replicas, at the same moment. Each delivery claims the event id in the shared store before
// processing; the claim is a lease (renewed while processing, so a replica that dies mid-way frees it by itself)
// and becomes a "done" mark kept for days once processing succeeded. A failure releases the claim, so the
// redelivery is processed. Nothing is ever answered as delivered unless it was processed here or before.
import { PayConnectError } from "../error-base.js";
import { EventInProgressError, SharedStoreError, storeReason } from "./errors.js";
import { checkedStore } from "./checked-store.js";
import { holdLease } from "./lease.js";
import { memoryStore } from "./memory.js";
import type { SharedStore } from "./store.js";

export interface WebhookDeduplicatorOptions {
  /** Where claims live. @default a memoryStore of its own: de-duplicates within this process only */
  store?: SharedStore;
  /** How long a processed event id is remembered, in seconds (PayConnect's retries end after about 28 hours; three
   * days leave room for an event resent by hand). @default 259200 (3 days) */
  ttlSec?: number;
  /** How long a claim holds if its replica stops renewing it (it died), in seconds; renewed every third of it. @default 60 */
  leaseSec?: number;
  /** How long a claim is renewed while `process` runs, in seconds: a `process` that never ends lets its event go
   * after this (plus `leaseSec`), and a redelivery processes it. @default 300 */
  maxProcessingSec?: number;
  /** Prefix of the store keys. @default "webhook-event:" */
  prefix?: string;
}

export type DeliveryOutcome = "processed" | "duplicate";

export interface WebhookDeduplicator {
  /**
   * Runs `process` for the event unless it was processed already, here or by any replica sharing the store.
   * Resolves `"processed"` once `process` has succeeded (the id is then remembered for `ttlSec`), `"duplicate"` when
   * it had been processed before: answer both with 2xx. Rejects, so the delivery should be answered with a 5xx and
   * PayConnect delivers it again, with `process`'s own error (the claim is released: the redelivery is processed),
   * `EventInProgressError` (another replica is processing it now), or `SharedStoreError` (the store failed; nothing
   * was processed).
   */
  once(eventId: string, process: () => unknown): Promise<DeliveryOutcome>;
}

const DONE = "done";
const KNOWN: Record<keyof WebhookDeduplicatorOptions, true> = { store: true, ttlSec: true, leaseSec: true, maxProcessingSec: true, prefix: true };

export function createWebhookDeduplicator(options: WebhookDeduplicatorOptions = {}): WebhookDeduplicator {
  const fail = (message: string) => {
    throw new PayConnectError(`createWebhookDeduplicator: ${message}`);
  };
  if (typeof options !== "object" || options === null) fail(`options must be an object, got ${options === null ? "null" : typeof options}`);
  if (typeof (options as { add?: unknown }).add === "function") fail("pass the store as { store }: createWebhookDeduplicator({ store })");
  const unknown = Object.keys(options).find((key) => !(key in KNOWN));
  if (unknown !== undefined) fail(`unknown option \`${unknown}\`. Known options: ${Object.keys(KNOWN).join(", ")}.`);
  const given = options.store ?? memoryStore();
  if (typeof given !== "object" || given === null || !(["add", "get", "replace", "remove"] as const).every((m) => typeof given[m] === "function")) {
    fail("options.store must be a SharedStore (memoryStore() from @payconnect/sdk/state, redisStore() from @payconnect/sdk/redis)");
  }
  const store = checkedStore(given);
  const ttlMs = seconds(options.ttlSec, 259_200, "ttlSec", fail);
  if (ttlMs < 1) fail("options.ttlSec must be at least 0.001 (a millisecond)");
  const leaseMs = seconds(options.leaseSec, 60, "leaseSec", fail);
  if (leaseMs < 3) fail("options.leaseSec must be at least 0.003 (it is renewed every third of it)");
  // A timer of more than 2³¹ − 1 ms fires after 1 ms: the lease would be renewed in a tight loop.
  if (leaseMs > 2_147_483_647) fail("options.leaseSec must be at most 2147483 (a timer cannot wait longer)");
  const maxProcessingMs = seconds(options.maxProcessingSec, 300, "maxProcessingSec", fail);
  const prefix = options.prefix ?? "webhook-event:";
  if (typeof prefix !== "string") fail(`options.prefix must be a string, got ${typeof prefix}`);
  const where = store.description;

  /** The store's answer, or a SharedStoreError saying nothing was processed (a custom store's message is not repeated: it may hold a secret). */
  /** The store's answer, or a SharedStoreError saying nothing was processed. Only a SharedStoreError's message is
   *  repeated (written to be shown); another error is named, as a custom store's message may hold a secret. */
  const ask = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      const why = error instanceof SharedStoreError ? storeReason(error) : `${storeReason(error)}, see cause`;
      throw new SharedStoreError(`the shared store (${where}) failed (${why}); nothing was processed: answer the delivery with a 5xx so PayConnect delivers it again`, { cause: error });
    }
  };

  return {
    async once(eventId, process) {
      if (typeof eventId !== "string" || eventId.length === 0 || eventId.length > 1_024) {
        throw new PayConnectError(`once: eventId must be the event's id (a non-empty string of at most 1 024 characters), got ${typeof eventId === "string" ? `a string of ${eventId.length}` : typeof eventId}; nothing was processed`);
      }
      if (typeof process !== "function") throw new PayConnectError(`once: process must be a function, got ${typeof process}; nothing was processed`);
      const key = prefix + eventId;
      const claim = `processing:${globalThis.crypto.randomUUID()}`;
      // A claim that expired between our add and our get is tried again; more than twice means a clock or store fault.
      for (let tries = 0; ; tries++) {
        if (await ask(() => store.add(key, claim, leaseMs))) break;
        const held = await ask(() => store.get(key));
        if (held === DONE) return "duplicate";
        if (held !== undefined) {
          throw new EventInProgressError(eventId, `event ${eventId} is being processed by another delivery right now (${where}); answer this one with a 5xx: PayConnect delivers it again, and then it is a duplicate or, if that processing failed, processed`);
        }
        if (tries === 2) throw new SharedStoreError(`the shared store (${where}) neither kept nor showed the claim on event ${eventId}; nothing was processed, answer with a 5xx`);
      }

      const stopRenewing = holdLease(store, key, claim, leaseMs, maxProcessingMs);
      try {
        await process();
      } catch (error) {
        stopRenewing();
        // If the release fails too, the lease runs out by itself and the redelivery after it is processed.
        await store.remove(key, claim).catch(() => undefined);
        throw error;
      }
      stopRenewing();
      await markDone(store, key, claim, ttlMs);
      return "processed";
    },
  };
}

/**
 * The claim becomes the "done" mark. Processing has happened, so this never throws: a failure answered with a 5xx
 * would bring a redelivery that is processed again. Tried three times; if the store stays down, the claim lapses
 * with its lease and a later duplicate could be processed again — the one window the store's outage opens.
 */
async function markDone(store: SharedStore, key: string, claim: string, ttlMs: number): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // The claim may have lapsed meanwhile (the store was away longer than the lease): then the mark is added, unless
      // another delivery claimed the event since (it marks it when it is done).
      if (!(await store.replace(key, claim, DONE, ttlMs))) await store.add(key, DONE, ttlMs);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  }
}

function seconds(value: unknown, fallback: number, name: string, fail: (message: string) => never): number {
  if (value === undefined) return fallback * 1_000;
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) fail(`options.${name} must be a positive number of seconds, got ${String(value)}`);
  const ms = Math.round((value as number) * 1_000);
  if (!Number.isSafeInteger(ms)) fail(`options.${name} is too large`);
  return ms;
}
