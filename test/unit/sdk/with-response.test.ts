// Response metadata and the overall deadline: `.withResponse()` gives the status, the headers the spec
// declares on a success (request id, rate limit) and the request id, while `await` still gives the body;
// `totalTimeoutMs` bounds a whole call, retries and waits included.
import { describe, expect, expectTypeOf, test } from "vitest";
import { type JsonObject, deref, listOperations, loadSpec } from "../../../scripts/lib/spec.ts";
import { InternalServerError, RateLimitError, TimeoutError, ValidationError, createPayConnect, type components } from "../../../src/entry/node.js";
import { SECRET, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";
import { specPath } from "../../helpers/paths.ts";

const spec = loadSpec(specPath);
const getPayment = listOperations(spec).find((op) => op.operationId === "getPayment")!;
/** The headers the spec declares on getPayment's 200, each with its example value. */
const declared = Object.entries(
  (deref(spec, (getPayment.operation.responses as JsonObject)["200"] as JsonObject).headers ?? {}) as JsonObject,
).map(([name, header]) => [name.toLowerCase(), String((deref(spec, header as JsonObject) as JsonObject).example)] as const);

describe("withResponse()", () => {
  test("gives the body and the response's status, declared headers and request id", async () => {
    expect(declared.map(([name]) => name)).toContain("x-request-id");
    const api = fakeApi(() => ({ status: 200, body: payment, headers: Object.fromEntries(declared) }));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch });
    const { data, response } = await pc.getPayment(payment.id).withResponse();
    expect(data).toEqual(payment);
    expect(response.status).toBe(200);
    for (const [name, value] of declared) expect(response.headers[name], name).toBe(value);
    expect(response.requestId).toBe(Object.fromEntries(declared)["x-request-id"]);
    expectTypeOf(data).toEqualTypeOf<components["schemas"]["Payment"]>();
  });

  test("await without it still gives the body, typed as before", async () => {
    const api = fakeApi(() => ({ status: 200, body: payment }));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch });
    const same = await pc.getPayment(payment.id);
    expect(same).toEqual(payment);
    expectTypeOf(same).toEqualTypeOf<components["schemas"]["Payment"]>();
    expect(api.apiRequests).toHaveLength(1);
  });

  test("a failing call rejects withResponse() with the API error, and nothing is left unhandled", async () => {
    const api = fakeApi(() => errorReply(500, "internal_error"));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 0 });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      await expect(pc.getPayment(payment.id).withResponse()).rejects.toBeInstanceOf(InternalServerError);
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe("totalTimeoutMs", () => {
  const unavailable = () => errorReply(503, "internal_error", { "retry-after": "1" }); // each retry waits exactly 1 s

  test.each([0, -1, Infinity, 2 ** 31, Number.NaN])("refuses %s on the client and per request, sending nothing", async (bad) => {
    expect(() => createPayConnect({ secretKey: SECRET, totalTimeoutMs: bad })).toThrow(/totalTimeoutMs/);
    const api = fakeApi(() => ({ status: 200, body: payment }));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch });
    await expect(pc.getPayment(payment.id, { totalTimeoutMs: bad })).rejects.toBeInstanceOf(ValidationError);
    expect(api.requests).toHaveLength(0);
  });

  test("no retry starts after the deadline: the call fails at once with the last answer's error instead of waiting", async () => {
    const api = fakeApi(unavailable);
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 5, totalTimeoutMs: 1_500 });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503 });
    expect(api.apiRequests).toHaveLength(2); // at 0 s and 1 s; the next would start at 2 s
    expect(time.sleeps).toEqual([1_000]);
  });

  test("a 429 whose Retry-After is past the deadline is the RateLimitError, with retryAfterSec, at once; the log line says why", async () => {
    const api = fakeApi(() => errorReply(429, "rate_limited", { "retry-after": "53" }));
    const time = fakeTime();
    const lines: string[] = [];
    const logger = { error: (m: string) => lines.push(m), warn: () => {}, info: () => {}, debug: () => {} };
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, totalTimeoutMs: 15_000, logger, logLevel: "error" });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterSec).toBe(53);
    expect(time.sleeps).toEqual([]);
    expect(lines).toHaveLength(1);
    // The deadline did not run out: the call gave up early, the retry being due after it.
    expect(lines[0]).toMatch(/the next retry was due in 53000 ms, past totalTimeoutMs \(15000 ms\); last: HTTP 429/);
    expect(lines[0]).not.toMatch(/ran out/);
  });

  test("per request, it overrides the client's", async () => {
    const api = fakeApi(unavailable);
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 5, totalTimeoutMs: 100_000 });
    // The first retry (1 s after a 503) would start past 500 ms: the 503 is the call's error, at once.
    await expect(pc.getPayment(payment.id, { totalTimeoutMs: 500 })).rejects.toBeInstanceOf(InternalServerError);
    expect(api.apiRequests).toHaveLength(1);
  });

  test("an attempt in flight is cut at the deadline, not at timeoutMs", async () => {
    const api = fakeApi(() => new Promise<never>(() => {}));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, timeoutMs: 10_000, totalTimeoutMs: 60 });
    const started = Date.now();
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/totalTimeoutMs \(60 ms\)/);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(api.apiRequests).toHaveLength(1);
  });

  test("within the deadline, retries and per-attempt timeouts are unchanged", async () => {
    const api = fakeApi(() => new Promise<never>(() => {}));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, timeoutMs: 20, totalTimeoutMs: 60_000 });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/timed out after 20 ms \(3 attempts\)/);
    expect(api.apiRequests).toHaveLength(3);
  });
});
