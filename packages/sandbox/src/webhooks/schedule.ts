// When a failed delivery is tried again, after the previous attempt (Svix's schedule): immediately, then
// 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h — eight attempts in all, on the sandbox clock.
export const RETRY_DELAYS_MS: readonly number[] = [0, 5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 10 * 3_600_000];

/** Each attempt waits at most this long for the endpoint's answer. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/** The delay before attempt `n` (1-based), or undefined when the schedule has no attempt `n`. */
export function delayBefore(n: number): number | undefined {
  return RETRY_DELAYS_MS[n - 1];
}
