// Hardening over real sockets, with both transports: credentials out of errors, the caller's deadline over
// the token request, path parameters that cannot move the path, a response size limit, and close().
import { describe, expect, test } from "vitest";
import { PayConnectError, TimeoutError, UnexpectedResponseError, createPayConnect } from "../../src/entry/node.js";
import { MAX_RESPONSE_BYTES } from "../../src/transport/limits.js";
import { SECRET, payment } from "../helpers/fake-api.ts";
import { useFaultServer } from "../helpers/use-fault-server.ts";
import { within } from "../helpers/within.ts";


describe.each([
  ["node:http transport", undefined],
  ["fetch transport", globalThis.fetch],
])("%s", (_name, fetchImpl) => {
  const server = useFaultServer();
  const client = (extra = {}) =>
    createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}), sleep: async () => {}, ...extra });

  test("a secret key with a line break is refused before anything is sent, without echoing it", () => {
    const key = `${SECRET}\nX-Injected: yes`;
    let error: unknown;
    try {
      void client({ secretKey: key }).getPayment(payment.id).catch((e: unknown) => (error = e));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PayConnectError);
    expect(String((error as Error).message)).not.toContain(SECRET.slice(8));
    expect(server.tokenRequests).toHaveLength(0);
  });

  test("an access token a header cannot carry is refused, without echoing it", async () => {
    server.tokenFaults.push({ kind: "token", body: { access_token: "pat_leak_me\r\nX-Injected: 1", token_type: "Bearer", expires_in: 86400 } });
    const error = await client({ maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(String((error as Error).message) + String((error as Error).cause)).not.toContain("pat_leak_me");
    expect(server.requests).toHaveLength(0);
  });

  test.each([
    ["a reset connection", { kind: "reset" as const }],
    ["a 503", { kind: "status" as const, status: 503, code: "internal_error" }],
    ["a 429", { kind: "status" as const, status: 429, code: "rate_limited", headers: { "retry-after": "1" } }],
  ])("the token request is retried after %s", async (_name, fault) => {
    server.tokenFaults.push(fault);
    await expect(client().getPayment(payment.id)).resolves.toMatchObject({ status: payment.status });
    expect(server.tokenRequests).toHaveLength(2);
  });

  test("an abort at 100 ms settles promptly while the token endpoint stalls", async () => {
    server.tokenFaults.push({ kind: "hang" });
    const started = Date.now();
    const outcome = await within(2_000, client().getPayment(payment.id, { signal: AbortSignal.timeout(100) }));
    expect(outcome).toMatchObject({ name: "TimeoutError" }); // AbortSignal.timeout's reason
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  test("a per-request timeoutMs covers the token request", async () => {
    server.tokenFaults.push({ kind: "hang" }, { kind: "hang" });
    const started = Date.now();
    const outcome = await within(3_000, client({ maxRetries: 1 }).getPayment(payment.id, { timeoutMs: 100 }));
    expect(outcome).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  test.each([".", ".."])("getPayment(%j) with validateRequests: false never reaches another path", async (id) => {
    const error = await client({ validateRequests: false }).getPayment(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(server.requests.map((r) => r.url)).toEqual([]);
  });

  test("a path parameter with slashes and dots reaches the server as one segment", async () => {
    await client({ validateRequests: false }).getPayment("../../auth/token");
    expect(server.requests.map((r) => r.url)).toEqual(["/v1/payments/..%2F..%2Fauth%2Ftoken"]);
  });

  test.each([
    ["with a Content-Length", { "content-type": "application/json", "content-length": String(MAX_RESPONSE_BYTES + 1) }],
    ["chunked", { "content-type": "application/json" }],
  ])("a body over the size limit (%s) is a clear error, not buffered", async (_how, headers) => {
    const huge = Buffer.alloc(MAX_RESPONSE_BYTES + 1, 0x20);
    server.faults.push({ kind: "raw", status: 200, headers, body: huge });
    const error = await client({ maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/larger than/);
    expect(server.requests).toHaveLength(1); // not retried: it would be as large again
  });
});

describe("keep-alive sockets", () => {
  const server = useFaultServer();

  test("100 short-lived clients closed with close() leave no connection open", async () => {
    for (let i = 0; i < 100; i++) {
      const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl });
      await pc.getPayment(payment.id);
      pc.close();
    }
    await new Promise((r) => setTimeout(r, 100)); // let the server see the FINs
    expect(server.openConnections()).toBe(0);
  });

  test("a closed client refuses further calls with a clear error", async () => {
    const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl });
    pc.close();
    await expect(pc.getPayment(payment.id)).rejects.toThrow(/closed/);
  });
});
