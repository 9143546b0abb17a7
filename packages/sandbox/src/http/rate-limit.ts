// The documented rate limit: at most `limit` requests per minute per client IP, in fixed one-minute windows
// on the sandbox clock. Every API response carries X-RateLimit-Limit/-Remaining/-Reset; beyond the limit the
// answer is 429 rate_limited with Retry-After (seconds until the window resets).
import { type Faults, NO_FAULTS } from "../faults.ts";
import { ApiFailure } from "./api-error.ts";

export interface RateLimiter {
  /** Counts one request from `ip`; returns the headers to send, or throws ApiFailure (429) over the limit. */
  take(ip: string): Record<string, string>;
  /** How many client addresses have a window in memory. */
  tracked(): number;
}

const WINDOW_MS = 60_000;

export function createRateLimiter(limit: number, now: () => number, faults: Faults = NO_FAULTS): RateLimiter {
  const windows = new Map<string, { start: number; used: number }>();
  let current = -Infinity;
  return {
    take(ip) {
      const t = now();
      const minute = t - (t % WINDOW_MS);
      if (minute !== current) {
        // A new minute: every window of an earlier one has ended, so memory holds only this minute's clients
        // (each address on 127.0.0.0/8 would otherwise stay for the life of the process).
        for (const [key, old] of windows) if (old.start + WINDOW_MS <= t) windows.delete(key);
        current = minute;
      }
      let w = windows.get(ip);
      if (w === undefined || t >= w.start + WINDOW_MS) {
        // Windows start on the minute, like the Reset header's whole seconds.
        w = { start: minute, used: 0 };
        windows.set(ip, w);
      }
      const resetSec = Math.ceil((w.start + WINDOW_MS) / 1000);
      const headers = (remaining: number) => ({
        "X-RateLimit-Limit": String(limit),
        "X-RateLimit-Remaining": String(remaining),
        "X-RateLimit-Reset": String(resetSec),
      });
      if (w.used >= limit) {
        const retryAfter = Math.max(1, Math.ceil((w.start + WINDOW_MS - t) / 1000));
        throw new ApiFailure(
          "rate_limited",
          `Too many requests (limit ${limit} per minute). Retry after ${retryAfter} seconds.`,
          undefined,
          faults.has("no-retry-after") ? headers(0) : { ...headers(0), "Retry-After": String(retryAfter) },
        );
      }
      w.used += 1;
      return headers(limit - w.used);
    },
    tracked: () => windows.size,
  };
}
