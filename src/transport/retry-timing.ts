// How long to wait before a retry: the server's Retry-After when it is sane, otherwise exponential
// backoff with jitter.

const MAX_RETRY_AFTER_MS = 60_000;

/** `min(0.5 · 2^n, 8)` seconds for the n-th retry (n from 0), minus up to 25 % jitter. */
export function backoffMs(retryIndex: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** retryIndex, 8_000);
  return Math.round(base * (1 - 0.25 * random()));
}

/**
 * Parses `Retry-After` (delta seconds or an HTTP date). Returns undefined unless it is between 0 and 60
 * seconds: a longer wait is better left to the caller than hidden inside a request.
 */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  let ms: number;
  if (/^\d+(\.\d+)?$/.test(value)) ms = Number(value) * 1000;
  else {
    const date = Date.parse(value);
    if (Number.isNaN(date)) return undefined;
    ms = Math.max(0, date - nowMs);
  }
  return ms >= 0 && ms <= MAX_RETRY_AFTER_MS ? ms : undefined;
}

export function retryDelayMs(retryIndex: number, retryAfterHeader: string | undefined, nowMs: number, random?: () => number): number {
  return retryAfterMs(retryAfterHeader, nowMs) ?? backoffMs(retryIndex, random);
}
