// Generated methods: argument order, URLs, headers, pagination, and the per-call options.
import { describe, expect, expectTypeOf, test } from "vitest";
import { createPayConnect, type components, PayConnectError } from "../../../src/entry/node.js";
import { listOperations, loadSpec } from "../../../scripts/lib/spec.ts";
import { VERSION } from "../../../src/version.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";
import { specPath } from "../../helpers/paths.ts";
import { requestExample, responseExample } from "../../helpers/spec-examples.ts";

type Payment = components["schemas"]["Payment"];
type Refund = components["schemas"]["Refund"];

function setup(handler: Parameters<typeof fakeApi>[0] = () => ({ status: 200, body: payment }), extra = {}) {
  const api = fakeApi(handler);
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
  return { api, pc };
}

describe("one method per operation", () => {
  test("every operationId in the spec is a method", () => {
    const { pc } = setup();
    for (const id of listOperations(loadSpec(specPath)).map((op) => op.operationId)) {
      expect(typeof (pc as unknown as Record<string, unknown>)[id], id).toBe("function");
    }
  });

  test("path parameters first, then the body; the parsed body comes back", async () => {
    const refund = responseExample("createRefund");
    const request = requestExample("createRefund");
    const { api, pc } = setup(() => ({ status: 201, body: refund }));
    const result = await pc.createRefund(payment.id, request);
    expect(result).toEqual(refund);
    expect(api.apiRequests[0]).toMatchObject({ method: "POST", path: `/v1/payments/${payment.id}/refunds`, body: JSON.stringify(request) });
    expect(api.apiRequests[0]!.headers["content-type"]).toBe("application/json");
    expectTypeOf(result).toEqualTypeOf<Refund>();
  });

  test("query objects are serialised, undefined values dropped", async () => {
    const { api, pc } = setup(() => ({ status: 200, body: { object: "list", data: [], has_more: false } }));
    await pc.listPayments({ limit: 50, status: "succeeded", customer_email: "a+b@example.com", starting_after: undefined });
    expect(api.apiRequests[0]!.path).toBe("/v1/payments?limit=50&status=succeeded&customer_email=a%2Bb%40example.com");
  });

  test("with validation off, path values are still URL-encoded", async () => {
    const { api, pc } = setup(undefined, { validateRequests: false });
    await pc.getPayment("pay_1/../../x?y");
    expect(api.apiRequests[0]!.path).toBe("/v1/payments/pay_1%2F..%2F..%2Fx%3Fy");
  });

  test("headers: caller headers are sent, the SDK's Authorization, the client identifies itself", async () => {
    const { api, pc } = setup();
    // A caller's Authorization is refused (request-safety.test.ts).
    await pc.getPayment(payment.id, { headers: { "X-Trace": "abc" } });
    const headers = api.apiRequests[0]!.headers;
    expect(headers["x-trace"]).toBe("abc");
    expect(headers.authorization).toMatch(/^Bearer pat_/);
    // The header is documented in openapi.yaml; what the SDK sends must match the documented pattern.
    const param = (loadSpec(specPath).components as any).parameters.ClientIdentification;
    expect(param.name).toBe("X-PayConnect-Client");
    expect(headers["x-payconnect-client"]).toBe(`payconnect-sdk-js/${VERSION} (node)`);
    expect(headers["x-payconnect-client"]).toMatch(new RegExp(param.schema.pattern));
    expect(api.tokenRequests[0]!.headers["x-payconnect-client"]).toBe(headers["x-payconnect-client"]);
    expect(headers.accept).toBe("application/json");
  });

  test("types: arguments and results follow the spec", () => {
    const { pc } = setup();
    expectTypeOf(pc.getPayment).parameters.toEqualTypeOf<[string, import("../../../src/entry/node.js").RequestOptions?]>();
    expectTypeOf(pc.getPayment).returns.resolves.toEqualTypeOf<Payment>();
    expectTypeOf(pc.createPayment).parameter(0).toEqualTypeOf<components["schemas"]["CreatePaymentRequest"]>();
    // @ts-expect-error — amount must be a number
    void (() => pc.createPayment({ amount: "1000", currency: "RUB", customer: { email: "a@example.com" } }));
    // @ts-expect-error — getPayment needs the payment id
    void (() => pc.getPayment());
  });
});

describe("pagination", () => {
  const pages = [
    { object: "list", data: [{ ...payment, id: "pay_1" }, { ...payment, id: "pay_2" }], has_more: true },
    { object: "list", data: [{ ...payment, id: "pay_3" }], has_more: true },
    { object: "list", data: [{ ...payment, id: "pay_4" }], has_more: false },
  ];

  test("iterate follows starting_after until has_more is false", async () => {
    const { api, pc } = setup((_req, i) => ({ status: 200, body: pages[i] }));
    const ids: string[] = [];
    for await (const p of pc.listPayments.iterate({ limit: 2, status: "pending" })) {
      expectTypeOf(p).toEqualTypeOf<Payment>();
      ids.push(p.id);
    }
    expect(ids).toEqual(["pay_1", "pay_2", "pay_3", "pay_4"]);
    expect(api.apiRequests.map((r) => r.path)).toEqual([
      "/v1/payments?limit=2&status=pending",
      "/v1/payments?limit=2&status=pending&starting_after=pay_2",
      "/v1/payments?limit=2&status=pending&starting_after=pay_3",
    ]);
  });

  test("breaking out of the loop stops fetching", async () => {
    const { api, pc } = setup((_req, i) => ({ status: 200, body: pages[i] }));
    for await (const p of pc.listPayments.iterate()) if (p.id === "pay_1") break;
    expect(api.apiRequests).toHaveLength(1);
  });

  test("listRefunds takes the path parameter first", async () => {
    const { api, pc } = setup(() => ({ status: 200, body: { object: "list", data: [], has_more: false } }));
    const all = [];
    for await (const r of pc.listRefunds.iterate(payment.id, { limit: 10 })) all.push(r);
    expect(all).toEqual([]);
    expect(api.apiRequests[0]!.path).toBe(`/v1/payments/${payment.id}/refunds?limit=10`);
  });
});

describe("options", () => {
  test.each([
    [{}, /secretKey/],
    [{ secretKey: "" }, /secretKey/],
    [{ secretKey: "sk", baseUrl: "not a url" }, /baseUrl/],
    [{ secretKey: "sk", maxRetries: 1.5 }, /maxRetries/],
    [{ secretKey: "sk", timeoutMs: 0 }, /timeoutMs/],
    [{ secretKey: "sk", timeoutMs: Number.NaN }, /timeoutMs/],
    [{ secretKey: "sk", tokenRefreshMarginSec: -1 }, /tokenRefreshMarginSec/],
    [{ secretKey: "sk", scope: [] }, /scope/],
  ])("%j is rejected with a clear message", (options, message) => {
    expect(() => createPayConnect(options as never)).toThrow(PayConnectError);
    expect(() => createPayConnect(options as never)).toThrow(message);
  });

  test("a baseUrl with a path prefix and trailing slash works", async () => {
    const { api, pc } = setup(undefined, { baseUrl: "https://proxy.example/payconnect/" });
    await pc.getPayment(payment.id);
    expect(api.apiRequests[0]!.path).toBe(`/payconnect/v1/payments/${payment.id}`);
  });
});
