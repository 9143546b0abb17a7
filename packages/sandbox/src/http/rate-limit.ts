// The documented rate limit: at most `limit` requests per minute per client IP, in fixed one-minute windows
// on the sandbox clock (another window length on request: rateLimitWindowSec). Every API response carries X-RateLimit-Limit/-Remaining/-Reset; beyond the limit the
// answer is 429 rate_limited with Retry-After (seconds until the window resets).
import { type Faults, NO_FAULTS } from "../faults.ts";
import { ApiFailure } from "./api-error.ts";

export interface RateLimiter {
  /** Counts one request from `ip`; returns the headers to send, or throws ApiFailure (429) over the limit. */
  take(ip: string): Record<string, string>;
  /** How many client addresses have a window in memory. */
  tracked(): number;
}

export function createRateLimiter(limit: number, now: () => number, faults: Faults = NO_FAULTS, windowMs = 60_000): RateLimiter {
  const windows = new Map<string, { start: number; used: number }>();
  let current = -Infinity;
  return {
    take(ip) {
      const t = now();
      const minute = t - (t % windowMs); // the current window's start
      if (minute !== current) {
        // A new window: every window of an earlier one has ended, so memory holds only this minute's clients
        // (each address on 127.0.0.0/8 would otherwise stay for the life of the process).
        for (const [key, old] of windows) if (old.start + windowMs <= t) windows.delete(key);
        current = minute;
      }
      let w = windows.get(ip);
      if (w === undefined || t >= w.start + windowMs) {
        // Windows start on the minute (or whole window), like the Reset header's whole seconds.
        w = { start: minute, used: 0 };
        windows.set(ip, w);
      }
      const resetSec = Math.ceil((w.start + windowMs) / 1000);
      const headers = (remaining: number) => ({
        "X-RateLimit-Limit": String(limit),
        "X-RateLimit-Remaining": String(remaining),
        "X-RateLimit-Reset": String(resetSec),
      });
      if (w.used >= limit) {
        const retryAfter = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
        throw new ApiFailure(
          "rate_limited",
          `Too many requests (limit ${limit} per ${windowMs === 60_000 ? "minute" : `${windowMs / 1000} s`}). Retry after ${retryAfter} seconds.`,
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
