// The SDK over real sockets: a node:http server on 127.0.0.1 injects faults. Runs once with the default
// Node transport (node:http keep-alive) and once with global fetch passed as the `fetch` option.
import { beforeEach, describe, expect, test } from "vitest";
import { ConnectionError, InternalServerError, TimeoutError, createPayConnect } from "../../src/entry/node.js";
import { SECRET, payment } from "../helpers/fake-api.ts";
import { useFaultServer } from "../helpers/use-fault-server.ts";
import { requestExample } from "../helpers/spec-examples.ts";

const body = requestExample("createPayment");

describe.each([
  ["node:http transport", undefined],
  ["fetch transport", globalThis.fetch],
])("%s against a fault-injecting server", (_name, fetchImpl) => {
  const server = useFaultServer();
  const sleeps: number[] = [];
  const client = (extra = {}) =>
    createPayConnect({
      secretKey: SECRET,
      baseUrl: server.baseUrl,
      ...(fetchImpl ? { fetch: fetchImpl } : {}),
      sleep: async (ms) => void sleeps.push(ms),
      ...extra,
    });

  beforeEach(() => {
    sleeps.length = 0;
  });

  test("503, 503, then 201: three attempts, one Idempotency-Key", async () => {
    server.faults.push({ kind: "status", status: 503, code: "internal_error" }, { kind: "status", status: 503, code: "internal_error" });
    await expect(client().createPayment(body)).resolves.toMatchObject({ status: payment.status });
    const keys = server.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(server.requests.every((r) => r.body === JSON.stringify(body))).toBe(true);
  });

  test("429 with Retry-After: 3 waits 3 s, then succeeds", async () => {
    server.faults.push({ kind: "status", status: 429, code: "rate_limited", headers: { "retry-after": "3" } });
    await expect(client().getPayment(payment.id)).resolves.toMatchObject({ status: payment.status });
    expect(sleeps).toEqual([3000]);
    expect(server.requests).toHaveLength(2);
  });

  test("a reset connection is retried", async () => {
    server.faults.push({ kind: "reset" });
    await expect(client().createPayment(body)).resolves.toMatchObject({ status: payment.status });
    expect(server.requests).toHaveLength(2);
  });

  test("connections reset every time end in ConnectionError with a cause", async () => {
    server.faults.push({ kind: "reset" }, { kind: "reset" }, { kind: "reset" });
    const error = await client().createPayment(body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).cause).toBeDefined();
    expect(server.requests).toHaveLength(3);
  });

  test("a hung server hits the per-attempt timeout, then the retry succeeds", async () => {
    server.faults.push({ kind: "hang" });
    await expect(client({ timeoutMs: 200 }).getPayment(payment.id)).resolves.toMatchObject({ status: payment.status });
    expect(server.requests).toHaveLength(2);
  });

  test("a server that always hangs ends in TimeoutError", async () => {
    server.faults.push({ kind: "hang" }, { kind: "hang" });
    const error = await client({ timeoutMs: 150, maxRetries: 1 }).getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).cause).toBeDefined();
  });

  test("a caller abort stops at once, no retry", async () => {
    server.faults.push({ kind: "hang" });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await expect(client().getPayment(payment.id, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(5_000); // far below the 30 s timeout: it did not wait for it
    expect(server.requests).toHaveLength(1);
  });

  test("a 401 mid-session: the token is refreshed once and the call succeeds", async () => {
    const pc = client();
    await pc.getPayment(payment.id);
    const first = String(server.requests[0]!.headers.authorization).replace("Bearer ", "");
    server.faults.push({ kind: "unauthorized-token", token: first });
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ status: payment.status });
    expect(server.tokenRequests).toHaveLength(2);
    const used = server.requests.map((r) => r.headers.authorization);
    expect(used.slice(0, 2)).toEqual([`Bearer ${first}`, `Bearer ${first}`]);
    expect(used[2]).toMatch(/^Bearer pat_srv_abcdefg_\d+$/);
    expect(used[2]).not.toBe(`Bearer ${first}`);
  });

  test("500s beyond maxRetries surface as InternalServerError with the request id", async () => {
    server.faults.push(...Array(3).fill({ kind: "status", status: 500, code: "internal_error" }));
    const error = await client().getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).requestId).toMatch(/^req_/);
  });
});
