// The client's rate budget (shareState(store, { rateLimit }), on by default), in one process against a real sandbox whose
// limit is counted in 1-second windows (rateLimitWindowSec): clients on one store stay inside one budget and get
// no 429; the same clients each with a budget of their own do get 429s (so the first test can fail); a call that
// cannot get a slot in its time fails with RateLimitError and sends nothing; a lower X-RateLimit-Limit is followed.
// Many processes on one Redis: shared-client-processes.test.ts.
import { afterEach, describe, expect, test } from "vitest";
import { type Sandbox, startSandbox } from "../../packages/sandbox/src/index.ts";
import { type PayConnect, RateLimitError, createPayConnect } from "../../src/entry/node.ts";
import { memoryStore, shareState } from "../../src/entry/state.ts";
import { sandboxStatus } from "../sandbox/use-sandbox.ts";
import { requestExample } from "../helpers/spec-examples.ts";

const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

async function sandboxWith(rateLimit: number, rateLimitWindowSec: number): Promise<Sandbox> {
  const sandbox = await startSandbox({ port: 0, rateLimit, rateLimitWindowSec });
  open.push(sandbox);
  return sandbox;
}

/** A client whose requests are counted (every attempt, the token exchange included). */
function countingClient(sandbox: Sandbox, options: Record<string, unknown>): { pc: PayConnect; sent: () => number } {
  let sent = 0;
  const pc = createPayConnect({
    secretKey: sandbox.secretKey, baseUrl: sandbox.url, maxRetries: 0,
    fetch: (input: string | URL | Request, init?: RequestInit) => (sent++, fetch(input, init)),
    ...options,
  });
  open.push(pc);
  return { pc, sent: () => sent };
}

describe("a budget shared through one store", () => {
  test("3 clients, 10 requests a second between them (the sandbox's limit): 24 calls, every one answered, no 429, paced over ≥ 2 s", async () => {
    const sandbox = await sandboxWith(10, 1);
    const store = memoryStore();
    const clients = Array.from({ length: 3 }, () => countingClient(sandbox, { shared: shareState(store, { rateLimit: { limit: 10, windowSec: 1 } }), timeoutMs: 10_000 }).pc);
    const started = Date.now();
    const results = await Promise.allSettled(clients.flatMap((pc) => Array.from({ length: 8 }, () => pc.listPayments())));
    const elapsed = Date.now() - started;
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    // 24 calls + 1 token request = 25 requests at 10 per sliding second: the last 5 wait for the 3rd second.
    expect(elapsed).toBeGreaterThanOrEqual(1_900);
  });

  test("the same clients with a budget each (no shared store) overrun the sandbox: 429s — the test above can fail", async () => {
    const sandbox = await sandboxWith(10, 1);
    const clients = Array.from({ length: 3 }, () => countingClient(sandbox, { shared: shareState(memoryStore(), { rateLimit: { limit: 10, windowSec: 1 } }), timeoutMs: 10_000 }).pc);
    const results = await Promise.allSettled(clients.flatMap((pc) => Array.from({ length: 8 }, () => pc.listPayments())));
    expect(results.some((r) => r.status === "rejected" && r.reason instanceof RateLimitError)).toBe(true);
  });
});

describe("over budget", () => {
  test("no slot within the call's time: RateLimitError (429 rate_limited, retryAfterSec), nothing sent, and the message says so", async () => {
    const sandbox = await sandboxWith(1_000, 60);
    const { pc, sent } = countingClient(sandbox, { shared: shareState(memoryStore(), { rateLimit: { limit: 2, windowSec: 60 } }), timeoutMs: 300 });
    await pc.listPayments(); // the token exchange and this call: the budget's two slots
    const before = sent();
    const error = await pc.listPayments().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: "rate_limited" });
    expect((error as RateLimitError).retryAfterSec).toBeGreaterThan(50);
    expect((error as Error).message).toMatch(/GET \/v1\/payments was not sent: the rate budget \(2 requests per 60 s, shared through memory.*\) has no free slot/);
    expect(sent()).toBe(before);
  });

  test("a call that waited for its slot still has its whole timeoutMs for the answer: it succeeds or is not sent, never cut after sending", async () => {
    const sandbox = await sandboxWith(1_000, 60);
    // Answers take 100 ms; 2 requests a second; each attempt 1 150 ms: late slots came with ~10 ms left to answer.
    const slow = (input: string | URL | Request, init?: RequestInit) => fetch(input, init).then(async (res) => (await new Promise((r) => setTimeout(r, 100)), res));
    const { pc } = countingClient(sandbox, { shared: shareState(memoryStore(), { rateLimit: { limit: 2, windowSec: 1 } }), timeoutMs: 1_150, fetch: slow });
    await pc.listPayments();
    await new Promise((r) => setTimeout(r, 1_200)); // the token cached, the budget empty again
    const payments = async () => (await sandboxStatus(sandbox)).payments;
    const before = await payments();
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => pc.createPayment(requestExample("createPayment"))));
    const outcomes = results.map((r) => (r.status === "fulfilled" ? "ok" : (r.reason as Error).name));
    expect(outcomes.filter((o) => o !== "ok" && o !== "RateLimitError"), outcomes.join(", ")).toEqual([]);
    expect(await payments()).toBe(before + outcomes.filter((o) => o === "ok").length);
  });

  test("a request slower than the window keeps its slot while in flight: the next is sent a window after it ended, not after it began", async () => {
    const sandbox = await sandboxWith(1_000, 60);
    let requests = 0;
    let slowEnded = 0;
    let thirdSent = 0;
    // The first request after the token takes 1 s; the budget is 1 request per 0.4 s.
    const fetchSlowFirst = async (input: string | URL | Request, init?: RequestInit) => {
      const n = ++requests;
      if (n === 3) thirdSent = Date.now();
      const res = await fetch(input, init);
      if (n === 2) (await new Promise((r) => setTimeout(r, 1_000)), (slowEnded = Date.now()));
      return res;
    };
    const { pc } = countingClient(sandbox, { shared: shareState(memoryStore(), { rateLimit: { limit: 1, windowSec: 0.4 } }), timeoutMs: 5_000, fetch: fetchSlowFirst });
    const first = pc.listPayments(); // the token, then this call's request (slow)
    await new Promise((r) => setTimeout(r, 800)); // the slow request is in flight, 0.4 s windows have passed
    await pc.listPayments();
    await first;
    // The third request went out no earlier than 0.4 s after the slow one ended (a little timer slack allowed).
    expect(thirdSent - slowEnded).toBeGreaterThanOrEqual(350);
  });

  test("a call waits for its slot when one frees within its time", async () => {
    const sandbox = await sandboxWith(1_000, 60);
    const { pc } = countingClient(sandbox, { shared: shareState(memoryStore(), { rateLimit: { limit: 2, windowSec: 0.5 } }), timeoutMs: 5_000 });
    await pc.listPayments();
    const started = Date.now();
    await pc.listPayments();
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  });

  test("the API's lower X-RateLimit-Limit is followed: the request over it fails here instead of at the server", async () => {
    const sandbox = await sandboxWith(3, 60); // the sandbox says X-RateLimit-Limit: 3
    const { pc, sent } = countingClient(sandbox, { shared: shareState(memoryStore()), timeoutMs: 300 }); // the default budget: 100 a minute
    await pc.listPayments(); // token + 1
    await pc.listPayments(); // 3
    const error = await pc.listPayments().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    // The limit in force, not the configured 100 (a trial's on-call reading "100 per 60 s" thought 100 were used).
    expect((error as Error).message).toMatch(/was not sent: the rate budget \(3 requests per 60 s \(the API's X-RateLimit-Limit; 100 configured\), shared through memory/);
    expect((error as Error).message).toMatch(/Retry in \d+ s \(retryAfterSec\)/);
    expect((error as RateLimitError).requestId).toBeUndefined();
    expect(sent()).toBe(3);
  });

  test("rateLimit: false turns the budget off; a wrong rateLimit is refused by shareState", async () => {
    const sandbox = await sandboxWith(3, 60);
    const { pc } = countingClient(sandbox, { shared: shareState(memoryStore(), { rateLimit: false }) });
    await pc.listPayments();
    await pc.listPayments();
    await expect(pc.listPayments()).rejects.toMatchObject({ status: 429, message: expect.not.stringMatching(/not sent/) });
    const make = (rateLimit: unknown) => () => shareState(memoryStore(), { rateLimit: rateLimit as never });
    expect(make({ limit: 0 })).toThrow(/shareState: rateLimit.limit must be a whole number of requests ≥ 1, got 0/);
    expect(make({ limit: 10, windowSec: -1 })).toThrow(/rateLimit.windowSec must be a positive number of seconds, got -1/);
    expect(make({ limit: 10, per: 60 })).toThrow(/unknown field `per`; it takes limit and windowSec/);
    expect(make(100)).toThrow(/rateLimit must be \{ limit, windowSec \} or false, got number/);
    expect(make([])).toThrow(/rateLimit must be \{ limit, windowSec \} or false, got an array/);
    expect(() => createPayConnect({ secretKey: "sk_test_abcdefgh", baseUrl: sandbox.url, store: memoryStore() } as never)).toThrow(/unknown option `store` — did you mean `shared`\?/);
  });
});
