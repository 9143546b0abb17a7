// The time-to-live check every SharedStore makes, in one place so that the stores reject the same values with the
// same message (a store that accepted 0 or 1.5 where another threw would pass one replica's tests and not another's).

export function checkTtl(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs < 1) throw new RangeError(`SharedStore: a time to live must be a whole number of milliseconds ≥ 1, got ${String(ttlMs)}`);
}
