// The transport core at its edges: the overall deadline at exactly its boundary (no attempt starts at it, no
// wait ends at it), an attempt cut by the deadline rather than by its own timeout, the duration each log
// line reports, an operation the spec marks `security: []` (no credential), and a finished call leaving no
// timer behind (a script can exit at once). Written against mutants a Stryker run of src/ left alive.
import { afterEach, expect, test, vi } from "vitest";
import { ApiError, TimeoutError, createPayConnect } from "../../../src/entry/node.js";
import { createCore } from "../../../src/transport/core.js";
import type { WireRequest } from "../../../src/transport/types.js";
import { SECRET, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const hang = () => new Promise<never>(() => {});
const busy = () => errorReply(503, "service_unavailable", { "retry-after": "1" });

test("a deadline that has passed when the first attempt would start sends nothing", async () => {
  const api = fakeApi(() => ({ status: 200, body: payment }));
  // Every reading of the clock is a millisecond later: the deadline (1 ms) has passed at the first attempt.
  let t = 0;
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: () => t++, sleep: fakeTime().sleep, totalTimeoutMs: 1 });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TimeoutError);
  expect((error as Error).message).toMatch(/did not finish within totalTimeoutMs \(1 ms\)/);
  expect((error as Error).message).not.toMatch(/undefined/);
  expect(api.requests).toHaveLength(0);
});

test("a wait that ends exactly at the deadline starts no attempt there", async () => {
  const api = fakeApi(busy);
  const time = fakeTime();
  // The wait overshoots: asked for 1 000 ms (Retry-After: 1), the clock moves on to exactly the deadline.
  const sleep = async (ms: number) => time.advance(ms + 500);
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep, totalTimeoutMs: 1_500, maxRetries: 3 });
  await expect(pc.getPayment(payment.id)).rejects.toBeInstanceOf(TimeoutError);
  expect(api.apiRequests).toHaveLength(1);
});

test("a retry due exactly at the deadline is not waited for (after a 503): the 503 is the call's error", async () => {
  const api = fakeApi(busy);
  const time = fakeTime();
  // Retry-After: 1 after the 503.
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, totalTimeoutMs: 1_000, maxRetries: 3 });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ status: 503 });
  expect(time.sleeps).toEqual([]);
});

test("a retry due exactly at the deadline is not waited for (after a connection error): no answer came, so a TimeoutError", async () => {
  const api = fakeApi(() => new Error("socket hang up"));
  const time = fakeTime();
  // The first backoff (500 ms with no jitter) after the connection error.
  vi.spyOn(Math, "random").mockReturnValue(0);
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, totalTimeoutMs: 500, maxRetries: 3 });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TimeoutError);
  expect((error as Error).message).toMatch(/next retry was due in 500 ms/);
  expect((error as Error).message).toMatch(/last: a connection error \(socket hang up\)\./);
  expect(time.sleeps).toEqual([]);
});

test("an attempt cut by the overall deadline fails as the deadline, not as the attempt's timeout", async () => {
  const api = fakeApi(hang);
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, timeoutMs: 30_000, totalTimeoutMs: 20, maxRetries: 0 });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TimeoutError);
  expect((error as Error).message).toMatch(/did not finish within totalTimeoutMs \(20 ms\)/);
  expect((error as Error).message).toMatch(/last: a timeout after 20 ms\./);
});

test("each attempt's log line gives the time it took", async () => {
  const time = fakeTime();
  const api = fakeApi(() => {
    time.advance(120);
    return { status: 200, body: payment };
  });
  const lines: { message: string; fields?: Record<string, unknown> }[] = [];
  const at = (message: string, fields?: Record<string, unknown>) => lines.push({ message, fields });
  const logger = { error: at, warn: at, info: at, debug: at };
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, logger, logLevel: "debug" });
  await pc.getPayment(payment.id);
  const attempt = lines.find((l) => l.fields?.["path"] === `/v1/payments/${payment.id}`);
  expect(attempt?.fields?.["durationMs"]).toBe(120);
  expect(attempt?.message).toMatch(/ in 120 ms \(attempt 1\)$/);
});

test("an operation without security (auth none) is sent with no Authorization header", async () => {
  const seen: WireRequest[] = [];
  const transport = async (request: WireRequest) => {
    seen.push(request);
    return { status: 200, headers: {}, body: "{}" };
  };
  const credentials = { secretKey: SECRET, accessToken: async () => "token", invalidate: () => {}, known: () => [SECRET] };
  const time = fakeTime();
  const core = createCore({ transport, credentials, maxRetries: 0, timeoutMs: 1_000, now: time.now, sleep: time.sleep });
  await core.send({ method: "GET", url: "https://api.example.test/v1/health", headers: {} }, { auth: "none" });
  await core.send({ method: "GET", url: "https://api.example.test/v1/health", headers: {} }, { auth: "secretKey" });
  expect(seen.map((r) => r.headers["authorization"])).toEqual([undefined, `Bearer ${SECRET}`]);
});

test("a finished call leaves no timer running (a short script exits at once)", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const api = fakeApi(() => ({ status: 200, body: payment }));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
  await pc.getPayment(payment.id);
  expect(vi.getTimerCount()).toBe(0);
});

test("a caller's abort during an attempt ends the call with their reason, even with no retries left", async () => {
  const api = fakeApi(hang);
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, sleep: fakeTime().sleep, maxRetries: 0 });
  const controller = new AbortController();
  const reason = new Error("the caller gave up");
  const call = pc.getPayment(payment.id, { signal: controller.signal }).catch((e: unknown) => e);
  await vi.waitFor(() => expect(api.apiRequests).toHaveLength(1));
  controller.abort(reason);
  expect(await call).toBe(reason);
});

test("response header values are scrubbed in one pass, each as alone: a value with a line break keeps its own", async () => {
  // No HTTP stack delivers a line break in a value; a transport that did must still get each value back as it
  // was, its credential redacted, not lines shifted onto the wrong names.
  const credentials = { secretKey: SECRET, accessToken: async () => "unused", invalidate: () => {}, known: () => [SECRET] };
  const answer = (headers: Record<string, string>) => async () => ({ status: 200, headers, body: "{}" });
  const send = (headers: Record<string, string>) =>
    createCore({ transport: answer(headers), credentials, maxRetries: 0, timeoutMs: 1_000, now: Date.now, sleep: async () => {} })
      .send({ method: "GET", url: "https://api.example.test/v1/health", headers: {} }, { auth: "none" });
  const plain = { "x-request-id": "req_1", "x-echo": `key ${SECRET} seen` };
  expect((await send(plain)).headers).toEqual({ "x-request-id": "req_1", "x-echo": "key [redacted] seen" });
  const broken = { "x-two-lines": "a\nb", "x-echo": `key ${SECRET}`, "x-last": "z" };
  expect((await send(broken)).headers).toEqual({ "x-two-lines": "a\nb", "x-echo": "key [redacted]", "x-last": "z" });
  const clean = { "x-request-id": "req_2" };
  expect((await send(clean)).headers).toEqual(clean);
});
