// A claim in a SharedStore that stays ours while we work: renewed every third of its time to live, so only a
// replica that stopped (or lost the store) lets it lapse. Used by the webhook de-duplication (an event being
// processed) and the shared access token (the replica requesting it).
import type { SharedStore } from "./store.js";

/** Renews `key` (holding `value`) every third of `ttlMs` until the returned function is called, for at most `maxMs`
 *  (work that never ends must not hold its claim for ever). A failed renewal is not an error: the claim then lapses
 *  after `ttlMs`, which is what it is for. */
export function holdLease(store: SharedStore, key: string, value: string, ttlMs: number, maxMs = Infinity): () => void {
  const until = Date.now() + maxMs;
  const renewal = setInterval(() => {
    if (Date.now() >= until) return clearInterval(renewal);
    void store.replace(key, value, value, ttlMs).catch(() => undefined);
  }, Math.max(1, Math.floor(ttlMs / 3)));
  (renewal as { unref?: () => void }).unref?.();
  return () => clearInterval(renewal);
}
