// The argument checks every SharedStore makes (a time to live, a rate budget), in one place so that the stores reject
// the same values with the same message (a store that accepted 0 or 1.5 where another threw would pass one replica's
// tests and not another's).

export function checkTtl(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs < 1) throw new RangeError(`SharedStore: a time to live must be a whole number of milliseconds ≥ 1, got ${String(ttlMs)}`);
}

/** The rate budget's arguments, checked alike by every store. */
export function checkBudget(limit: number, windowMs: number): void {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`SharedStore: a rate budget's limit must be a whole number ≥ 1, got ${String(limit)}`);
  checkTtl(windowMs);
}
