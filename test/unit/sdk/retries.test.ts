// Retries: what is retried, how often, how long between attempts, and with which Idempotency-Key.
import { describe, expect, test } from "vitest";
import { ConnectionError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, type Reply, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";
import { requestExample } from "../../helpers/spec-examples.ts";

const created: Reply = { status: 201, body: payment };
const body = requestExample("createPayment");

function setup(replies: Reply[], extra = {}) {
  const api = fakeApi((_req, i) => replies[Math.min(i, replies.length - 1)]!);
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
  return { api, time, pc };
}

describe("createPayment retries", () => {
  test("503, 503, then 201: three attempts with the same Idempotency-Key", async () => {
    const { api, pc } = setup([errorReply(503, "internal_error"), errorReply(503, "internal_error"), created]);
    await expect(pc.createPayment(body)).resolves.toMatchObject({ id: payment.id });
    const keys = api.apiRequests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(api.apiRequests.map((r) => r.body)).toEqual(Array(3).fill(JSON.stringify(body)));
  });

  test("each logical call gets its own key; a caller's key is used as given", async () => {
    const { api, pc } = setup([created]);
    await pc.createPayment(body);
    await pc.createPayment(body);
    await pc.createPayment(body, { idempotencyKey: "order-12345" });
    const keys = api.apiRequests.map((r) => r.headers["idempotency-key"]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe("order-12345");
  });

  type Case = [name: string, replies: Reply[], attempts: number, outcome: "ok" | number | "connection", sleeps?: number[]];
  const cases: Case[] = [
    ["429 with Retry-After: 2 waits 2 s", [errorReply(429, "rate_limited", { "retry-after": "2" }), created], 2, "ok", [2000]],
    ["429 with Retry-After: 0 retries at once", [errorReply(429, "rate_limited", { "retry-after": "0" }), created], 2, "ok", [0]],
    ["Retry-After over 60 s is not retried: the 429 is the answer, at once", [errorReply(429, "rate_limited", { "retry-after": "120" }), created], 1, 429],
    ["Retry-After as an HTTP date 5 s ahead", [errorReply(503, "internal_error", { "retry-after": new Date(Date.parse("2026-11-29T12:00:05Z")).toUTCString() }), created], 2, "ok", [5000]],
    ["408 is retried", [errorReply(408, "invalid_request"), created], 2, "ok"],
    // Which 409 codes are retried comes from the spec: test/unit/sdk/retry-rules.test.ts.
    ["500 is retried", [errorReply(500, "internal_error"), created], 2, "ok"],
    ["persistent 503 gives up after 1 + maxRetries attempts", [errorReply(503, "internal_error")], 3, 503],
    ["400 is not retried", [errorReply(400, "invalid_request")], 1, 400],
    ["422 is not retried", [errorReply(422, "invalid_amount")], 1, 422],
    ["403 is not retried", [errorReply(403, "forbidden")], 1, 403],
    ["a connection error is retried", [new TypeError("fetch failed"), created], 2, "ok"],
    ["persistent connection errors end in ConnectionError", [new TypeError("fetch failed")], 3, "connection"],
  ];

  test.each(cases)("%s", async (_name, replies, attempts, outcome, sleeps) => {
    const { api, pc, time } = setup(replies);
    const result = pc.createPayment(body);
    if (outcome === "ok") await expect(result).resolves.toMatchObject({ id: payment.id });
    else if (outcome === "connection") await expect(result).rejects.toBeInstanceOf(ConnectionError);
    else await expect(result).rejects.toMatchObject({ status: outcome });
    expect(api.apiRequests).toHaveLength(attempts);
    if (sleeps) expect(time.sleeps).toEqual(sleeps);
  });

  test("backoff between attempts grows 0.5 s, 1 s, 2 s … (minus ≤ 25 % jitter)", async () => {
    const { time, pc } = setup([errorReply(503, "internal_error")], { maxRetries: 5 });
    await expect(pc.createPayment(body)).rejects.toMatchObject({ status: 503 });
    const bases = [500, 1000, 2000, 4000, 8000];
    expect(time.sleeps).toHaveLength(5);
    time.sleeps.forEach((ms, i) => {
      expect(ms).toBeLessThanOrEqual(bases[i]!);
      expect(ms).toBeGreaterThanOrEqual(bases[i]! * 0.75);
    });
  });

  test("maxRetries: 0 sends once", async () => {
    const { api, pc } = setup([errorReply(503, "internal_error")], { maxRetries: 0 });
    await expect(pc.createPayment(body)).rejects.toMatchObject({ status: 503 });
    expect(api.apiRequests).toHaveLength(1);
  });
});

describe("what may be retried", () => {
  test("a GET is retried without an Idempotency-Key", async () => {
    const { api, pc } = setup([errorReply(503, "internal_error"), { status: 200, body: payment }]);
    await pc.getPayment(payment.id);
    expect(api.apiRequests).toHaveLength(2);
    expect(api.apiRequests[0]!.headers["idempotency-key"]).toBeUndefined();
  });

  test("pc.raw shares the core: an idempotent POST gets a key and is retried with it", async () => {
    const { api, pc } = setup([errorReply(503, "internal_error"), created]);
    const { response } = await pc.raw.POST("/v1/payments/{payment_id}/cancel", {
      params: { path: { payment_id: payment.id } },
    });
    expect(response.status).toBe(201);
    expect(api.apiRequests).toHaveLength(2);
    expect(api.apiRequests[0]!.headers["idempotency-key"]).toBeTruthy();
    expect(api.apiRequests[0]!.headers["idempotency-key"]).toBe(api.apiRequests[1]!.headers["idempotency-key"]);
    expect(api.apiRequests[1]!.headers.authorization).toMatch(/^Bearer pat_/);
  });

  test("pc.raw: a POST to a route without Idempotency-Key support is not retried", async () => {
    const { api, pc } = setup([errorReply(503, "internal_error"), created]);
    const raw = pc.raw as unknown as { POST(path: string, init: object): Promise<{ response: Response }> };
    const { response } = await raw.POST("/v1/unknown", { body: {} });
    expect(response.status).toBe(503);
    expect(api.apiRequests).toHaveLength(1);
    expect(api.apiRequests[0]!.headers["idempotency-key"]).toBeUndefined();
  });
});
