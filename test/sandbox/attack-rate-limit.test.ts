// The rate limiter against many client addresses: it counts per address, and an address whose minute has
// ended is forgotten, so memory follows the clients of the current minute, not every address ever seen.
import { expect, test } from "vitest";
import { errorStatus } from "../../generated/server-table.ts";
import { createRateLimiter } from "../../packages/sandbox/src/http/rate-limit.ts";
import { startSandbox } from "../../packages/sandbox/src/index.ts";

test("X-Forwarded-For and X-Real-IP do not buy a client a fresh limit: the socket's address counts", async () => {
  const sandbox = await startSandbox({ port: 0, rateLimit: 3 });
  try {
    // Windows are whole minutes of the sandbox clock: start at the top of one, or a busy machine's five requests
    // may straddle two minutes (the fourth then passes the limiter: seen as a 401 in a loaded CI run).
    await sandbox.clock.advance(60_000 - (sandbox.clock.now() % 60_000) + 1);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${sandbox.url}/v1/payments`, { headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}`, forwarded: `for=192.0.2.${i}` } });
      statuses.push(res.status);
    }
    expect(statuses.slice(3)).toEqual([errorStatus.rate_limited, errorStatus.rate_limited]);
  } finally {
    await sandbox.close();
  }
});

test("windows of addresses that have gone quiet are dropped once their minute is over", () => {
  let now = Date.UTC(2026, 10, 30, 12, 0, 5);
  const limiter = createRateLimiter(10, () => now);
  for (let i = 0; i < 5_000; i++) limiter.take(`127.0.${i >> 8}.${i & 255}`);
  expect(limiter.tracked()).toBe(5_000);
  now += 60_000;
  limiter.take("127.0.0.1");
  expect(limiter.tracked()).toBe(1);
});

test("dropping old windows does not reset the count of an address still in its minute", () => {
  let now = Date.UTC(2026, 10, 30, 12, 0, 5);
  const limiter = createRateLimiter(2, () => now);
  limiter.take("127.0.0.2");
  limiter.take("127.0.0.2");
  now += 1_000;
  limiter.take("127.0.0.3");
  expect(() => limiter.take("127.0.0.2")).toThrow(/Too many requests/);
});
