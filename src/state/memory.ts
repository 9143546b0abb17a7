// The in-memory SharedStore: one process's state, the default when no store is given (what a single replica
// needs). Expired keys are dropped when read and, every 1 024 writes, swept, so a long-running process that
// remembers three days of event ids does not keep them longer.
import { PayConnectError } from "../error-base.js";
import { trusted } from "./checked-store.js";
import type { SharedStore } from "./store.js";
import { checkBudget, checkTtl } from "./store-arguments.js";

interface Entry {
  value: string;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  /** The clock, in milliseconds (tests). @default Date.now */
  now?: () => number;
}

export function memoryStore(options: MemoryStoreOptions = {}): SharedStore {
  const now = options.now ?? Date.now;
  if (typeof now !== "function") throw new PayConnectError(`memoryStore: options.now must be a function returning milliseconds, got ${typeof now}`);
  const entries = new Map<string, Entry>();
  let writes = 0;
  /** Each rate budget's uses in its window, oldest first (a sliding log: at most `limit` uses per key). */
  const logs = new Map<string, { use: string; at: number }[]>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt > now()) return entry;
    entries.delete(key);
    return undefined;
  };
  const write = (key: string, value: string, ttlMs: number) => {
    entries.set(key, { value, expiresAt: now() + ttlMs });
    if (++writes % 1024 === 0) for (const [k, e] of entries) if (e.expiresAt <= now()) entries.delete(k);
  };

  return trusted({
    description: "memory (this process only)",
    async add(key, value, ttlMs) {
      checkTtl(ttlMs);
      if (live(key) !== undefined) return false;
      write(key, value, ttlMs);
      return true;
    },
    async get(key) {
      return live(key)?.value;
    },
    async replace(key, expected, value, ttlMs) {
      checkTtl(ttlMs);
      if (live(key)?.value !== expected) return false;
      write(key, value, ttlMs);
      return true;
    },
    async remove(key, expected) {
      if (live(key)?.value !== expected) return false;
      entries.delete(key);
      return true;
    },
    async take(key, use, limit, windowMs) {
      checkBudget(limit, windowMs);
      const t = now();
      const log = logs.get(key) ?? [];
      while (log.length > 0 && log[0]!.at <= t - windowMs) log.shift();
      if (log.length < limit) {
        log.push({ use, at: t });
        logs.set(key, log);
        return 0;
      }
      return Math.max(1, log[log.length - limit]!.at + windowMs - t);
    },
    async settle(key, use, windowMs) {
      checkTtl(windowMs);
      const log = logs.get(key);
      // From the newest: a use is settled soon after it was taken, so it is near the end.
      let i = log ? log.length - 1 : -1;
      while (i >= 0 && log![i]!.use !== use) i--;
      // Now is the latest time of all: the use moves to the end, and the log stays oldest first.
      if (i >= 0) log!.push({ use, at: Math.max(now(), log!.splice(i, 1)[0]!.at) });
    },
  });
}
