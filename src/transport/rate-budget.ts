// The rate budget of shareState (its `rateLimit` option, on by default; issue 14): PayConnect allows a
// number of requests per minute per IP, so every attempt — the token exchange and retries included — first takes a
// slot in a sliding window kept in the store, shared by every client on it, and settles it when its answer came
// (the slot then counts from there: see SharedStore.settle). A call waits for its slot; if none frees
// before its deadline, it fails with RateLimitError and nothing is sent. The server's X-RateLimit-Limit, when lower
// than the configured limit, is the one kept. If the store fails, the client keeps a budget of its own (in memory)
// until it answers again; each call's outcome is told to onStore (src/state/share.ts logs a change once).
import { memoryStore } from "../state/memory.js";
import type { SharedStore } from "../state/store.js";

export interface RateBudgetOptions {
  store: SharedStore;
  key: string;
  limit: number;
  windowMs: number;
  now: () => number;
  /** Each time the store is asked: whether it answered (and if not, why). */
  onStore: (answering: boolean, error?: unknown) => void;
}

/** A slot taken: settle it when the request has ended. */
export interface Slot {
  settle(): void;
}

export interface RateBudget {
  /** Takes a slot, waiting at most `maxMs` for one. Resolves the slot, or the milliseconds until the next one when
   *  that is past `maxMs` (then the attempt is not sent). `gaveUp`: the attempt no longer wants it (its time ran out
   *  while the store answered): a slot granted then is let go, and this rejects. */
  acquire(maxMs: number, sleep: (ms: number) => Promise<void>, gaveUp?: () => boolean): Promise<Slot | number>;
  /** Reads X-RateLimit-Limit from an answer: a lower limit than configured is kept from then on. */
  observe(headers: Record<string, string>): void;
  /** "100 requests per 60 s, shared through redis://…" */
  readonly description: string;
}

export function rateBudget(options: RateBudgetOptions): RateBudget {
  const { store, key, windowMs, now, onStore } = options;
  let limit = options.limit;
  let own: SharedStore | undefined;

  // A use counts from when it was taken until it is settled; one whose request is slower than a quarter of the
  // window is stamped again ("still in flight, count it from now"), so it cannot leave the window before it ends —
  // a request taking longer than the window would otherwise free its slot while still on its way to the server.
  const inFlight = new Map<string, { where: SharedStore; stampedAt: number }>();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const restamp = () => {
    if (inFlight.size === 0) return void (clearInterval(heartbeat), (heartbeat = undefined));
    const t = now();
    for (const [use, f] of inFlight) {
      if (t - f.stampedAt < windowMs / 4) continue;
      f.stampedAt = t;
      void f.where.settle(key, use, windowMs).catch(() => undefined);
    }
  };

  /** 0 and where the use was recorded, or the wait for a slot. */
  const take = async (use: string): Promise<[wait: number, where: SharedStore]> => {
    try {
      const wait = await store.take(key, use, limit, windowMs);
      onStore(true);
      return [wait, store];
    } catch (error) {
      onStore(false, error);
      own ??= memoryStore();
      return [await own.take(key, use, limit, windowMs), own];
    }
  };

  return {
    // The limit in force: an on-call engineer reading "100 per 60 s" would think 100 requests had been made.
    get description() {
      const learned = limit < options.limit ? ` (the API's X-RateLimit-Limit; ${options.limit} configured)` : "";
      return `${limit} requests per ${windowMs / 1000} s${learned}, shared through ${store.description}`;
    },
    async acquire(maxMs, sleep, gaveUp) {
      const until = now() + maxMs;
      const use = globalThis.crypto.randomUUID();
      for (;;) {
        const [wait, where] = await take(use);
        if (wait === 0 && gaveUp?.()) {
          // Nobody would settle it, and a use in flight is stamped again until settled: it would hold its slot for good.
          void where.settle(key, use, windowMs).catch(() => undefined);
          throw new Error("the attempt gave up before its slot of the rate budget came");
        }
        // Settled without waiting for the store: the call has its answer already. A failure only leaves the use
        // counted from when it was last stamped (the memory fallback does not fail).
        if (wait === 0) {
          inFlight.set(use, { where, stampedAt: now() });
          if (heartbeat === undefined) {
            heartbeat = setInterval(restamp, Math.max(1, Math.floor(windowMs / 8)));
            (heartbeat as { unref?: () => void }).unref?.();
          }
          return {
            settle: () => {
              inFlight.delete(use);
              void where.settle(key, use, windowMs).catch(() => undefined);
            },
          };
        }
        if (now() + wait > until) return wait;
        await sleep(wait);
      }
    },
    observe(headers) {
      // The API's limit is per minute: only a budget counted per minute compares with it.
      const said = Number(headers["x-ratelimit-limit"]);
      if (windowMs === 60_000 && Number.isSafeInteger(said) && said >= 1 && said < limit) limit = said;
    },
  };
}
