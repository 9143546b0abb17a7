// How long to wait before a retry: the server's Retry-After when it is sane, otherwise exponential
// backoff with jitter.

const MAX_RETRY_AFTER_MS = 60_000;
// RFC 9110: delay-seconds is 1*DIGIT; an HTTP-date is IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT").
// Anything else ("soon 1", "-1", "1 2", "1e3") is not understood and must not mean "retry at once", which
// is what a lenient Date.parse would make of it.
const DELAY_SECONDS = /^\d+$/;
// The shape is checked here; Date.parse rejects a month name that does not exist.
const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/;

/** `min(0.5 · 2^n, 8)` seconds for the n-th retry (n from 0), minus up to 25 % jitter. */
export function backoffMs(retryIndex: number, random: () => number = Math.random): number {
  const base = Math.min(500 * 2 ** retryIndex, 8_000);
  return Math.round(base * (1 - 0.25 * random()));
}

/**
 * Parses `Retry-After` (delay seconds or an HTTP date) into milliseconds; undefined unless it is well-formed
 * (a date that is not in the future says nothing about how long to wait). RateLimitError.retryAfterSec.
 */
export function parseRetryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  // Stryker disable next-line StringLiteral: any text that is neither digits nor a date is not understood, as "" is not
  const value = header?.trim() ?? "";
  if (DELAY_SECONDS.test(value)) return Number(value) * 1000;
  const ms = IMF_FIXDATE.test(value) ? Date.parse(value) - nowMs : NaN;
  return ms > 0 ? ms : undefined;
}

/** Whether `header` is a Retry-After RFC 9110 allows: delay seconds or an HTTP date (past dates included). */
export function isRetryAfter(header: string | undefined): boolean {
  // Stryker disable next-line StringLiteral: any text that is neither digits nor a date is not one, as "" is not
  const value = header?.trim() ?? "";
  return DELAY_SECONDS.test(value) || (IMF_FIXDATE.test(value) && !Number.isNaN(Date.parse(value)));
}

/** The Retry-After the SDK waits for itself: between 0 and 60 seconds; a longer wait is better left to the
 * caller than hidden inside a request (`asksTooLong`: such an answer is not retried at all). */
export function retryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  const ms = parseRetryAfterMs(header, nowMs);
  return (ms ?? Infinity) <= MAX_RETRY_AFTER_MS ? ms : undefined;
}

/** Whether the server asks for a longer wait than the SDK takes: retrying sooner would only spend the rate budget. */
export function asksTooLong(header: string | undefined, nowMs: number): boolean {
  return (parseRetryAfterMs(header, nowMs) ?? 0) > MAX_RETRY_AFTER_MS;
}

export function retryDelayMs(retryIndex: number, retryAfterHeader: string | undefined, nowMs: number, random?: () => number): number {
  return retryAfterMs(retryAfterHeader, nowMs) ?? backoffMs(retryIndex, random);
}
