// The PayConnect API never redirects. A 3xx (a wrong baseUrl: http:// for https://, a load balancer, a
// hijacked DNS name) is not followed by either transport: the call fails with an ApiError that names where
// the redirect pointed, and the other origin never sees a request, let alone the Authorization header.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { ApiError, PayConnectError, createPayConnect } from "../../src/entry/node.js";
import { SECRET } from "../helpers/fake-api.ts";
import { startFaultServer } from "../helpers/fault-server.ts";

let api: Awaited<ReturnType<typeof startFaultServer>>;
let other: http.Server;
let otherHost: string;
const seenByOther: string[] = [];

beforeAll(async () => {
  api = await startFaultServer();
  other = http.createServer((req, res) => {
    seenByOther.push(`${req.method} ${req.url} authorization=${req.headers.authorization ?? "none"}`);
    res.writeHead(200, { "content-type": "application/json" });
    res.end("{}");
  });
  await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
  otherHost = `127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await api.close();
  other.closeAllConnections();
  await new Promise((r) => other.close(r));
});
beforeEach(() => {
  seenByOther.length = 0;
  api.faults.length = 0;
  api.requests.length = 0;
});

describe.each([
  ["node:http transport", undefined],
  ["fetch transport", globalThis.fetch],
])("%s", (_name, fetchImpl) => {
  const client = () => createPayConnect({ secretKey: SECRET, baseUrl: api.baseUrl, maxRetries: 2, ...(fetchImpl ? { fetch: fetchImpl } : {}) });

  test.each([301, 302, 303, 307, 308])("a %i is not followed and names where it pointed", async (status) => {
    api.faults.push({ kind: "raw", status, headers: { location: `http://${otherHost}/v1/payments/pay_1?x=1` }, body: "" });
    const error = await client().getPayment("pay_1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status });
    expect((error as Error).message).toContain(otherHost);
    expect((error as Error).message).toMatch(/never redirects/);
    expect(api.requests).toHaveLength(1); // not retried
    expect(seenByOther).toEqual([]);
  });

  test("pc.raw does not follow a redirect either", async () => {
    api.faults.push({ kind: "raw", status: 307, headers: { location: `http://${otherHost}/v1/payments` }, body: "" });
    const { response } = await client().raw.GET("/v1/payments", {});
    expect(response.status).toBe(307);
    expect(seenByOther).toEqual([]);
  });

  test("pc.raw refuses a per-request baseUrl of another origin: the credentials stay with the client's", async () => {
    const pc = client();
    const error = await pc.raw.GET("/v1/payments", { baseUrl: `http://${otherHost}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toMatch(/baseUrl/);
    expect(seenByOther).toEqual([]);
  });
});
