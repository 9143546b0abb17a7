// Per-request options and caller headers: checked before anything is sent, never silently replaced.
import { describe, expect, test } from "vitest";
import { PayConnectError, ValidationError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, type Reply, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";
import { requestExample } from "../../helpers/spec-examples.ts";

const body = requestExample("createPayment");
const created: Reply = { status: 201, body: payment };

function setup(replies: Reply[] = [created], extra = {}) {
  const api = fakeApi((_req, i) => replies[Math.min(i, replies.length - 1)]!);
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
  return { api, pc };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => undefined, (e: unknown) => e);
}

describe("an Idempotency-Key given in options.headers", () => {
  test.each(["Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY"])("%s is honoured on every attempt, not replaced", async (name) => {
    const { api, pc } = setup([errorReply(503, "internal_error"), created]);
    await pc.createPayment(body, { headers: { [name]: "order-12345" } });
    expect(api.apiRequests.map((r) => r.headers["idempotency-key"])).toEqual(["order-12345", "order-12345"]);
  });

  test("the same key as header and as idempotencyKey is fine", async () => {
    const { api, pc } = setup();
    await pc.createPayment(body, { idempotencyKey: "order-1", headers: { "Idempotency-Key": "order-1" } });
    expect(api.apiRequests[0]!.headers["idempotency-key"]).toBe("order-1");
  });

  test("two different keys are refused: nothing is sent", async () => {
    const { api, pc } = setup();
    const error = await rejection(pc.createPayment(body, { idempotencyKey: "order-1", headers: { "Idempotency-Key": "order-2" } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/idempotencyKey/);
    expect(api.requests).toHaveLength(0);
  });

  test("a header key is held to the spec's Idempotency-Key schema like idempotencyKey", async () => {
    const { api, pc } = setup();
    const error = await rejection(pc.createPayment(body, { headers: { "Idempotency-Key": "k".repeat(1000) } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(api.requests).toHaveLength(0);
  });

  test("pc.raw honours it too, on every attempt", async () => {
    const { api, pc } = setup([errorReply(503, "internal_error"), created]);
    await pc.raw.POST("/v1/payments", { body, headers: { "Idempotency-Key": "order-raw" } });
    expect(api.apiRequests.map((r) => r.headers["idempotency-key"])).toEqual(["order-raw", "order-raw"]);
  });
});

describe("timeoutMs", () => {
  test.each([2 ** 31, 2 ** 40, Infinity, 0, -1, NaN])("client option %s is refused at createPayConnect", (timeoutMs) => {
    expect(() => setup([created], { timeoutMs })).toThrow(/timeoutMs/);
  });

  test("the largest timer Node can set is accepted", () => {
    expect(() => setup([created], { timeoutMs: 2 ** 31 - 1 })).not.toThrow();
  });

  test.each([2 ** 31, Infinity, 0, -1, NaN])("per-request %s is refused before sending", async (timeoutMs) => {
    const { api, pc } = setup();
    const error = await rejection(pc.getPayment(payment.id, { timeoutMs }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/timeoutMs/);
    expect(api.requests).toHaveLength(0);
  });
});

describe("validateRequests checks what is sent", () => {
  test("a body whose toJSON yields an invalid request is rejected", async () => {
    const { api, pc } = setup();
    const sneaky = { ...body, toJSON: () => ({ ...body, amount: -5 }) };
    const error = await rejection(pc.createPayment(sneaky));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(["/amount"]);
    expect(api.requests).toHaveLength(0);
  });

  test("a class instance whose toJSON yields a valid request is sent as that JSON", async () => {
    class Order {
      readonly internalId = 42;
      toJSON() {
        return body;
      }
    }
    const { api, pc } = setup();
    await pc.createPayment(new Order() as unknown as typeof body);
    expect(api.apiRequests[0]!.body).toBe(JSON.stringify(body));
  });

  test("a body JSON cannot represent is a ValidationError, not a TypeError", async () => {
    const { api, pc } = setup();
    const error = await rejection(pc.createPayment({ ...body, amount: 10n } as unknown as typeof body, undefined));
    expect(error).toBeInstanceOf(ValidationError);
    expect(api.requests).toHaveLength(0);
  });

  test.each([
    ["a value outside the pattern", "my shop"],
    ["a value over the length limit", `my-shop/1.0.0 (${"x".repeat(400)})`],
  ])("a caller's X-PayConnect-Client with %s is rejected", async (_name, value) => {
    const { api, pc } = setup();
    const error = await rejection(pc.getPayment(payment.id, { headers: { "X-PayConnect-Client": value } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/X-PayConnect-Client/);
    expect(api.requests).toHaveLength(0);
  });

  test("a caller's valid X-PayConnect-Client is sent as given", async () => {
    const { api, pc } = setup();
    await pc.getPayment(payment.id, { headers: { "X-PayConnect-Client": "my-shop/2.1.0 (node)" } });
    expect(api.apiRequests[0]!.headers["x-payconnect-client"]).toBe("my-shop/2.1.0 (node)");
  });
});

describe("with validateRequests: false", () => {
  test.each([".", "..", ""])("path parameter %j is refused: it would change or drop the path", async (id) => {
    const { api, pc } = setup([created], { validateRequests: false });
    const error = await rejection(pc.getPayment(id));
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toMatch(/payment_id/);
    expect(api.requests).toHaveLength(0);
  });

  test.each([".", ".."])("pc.raw refuses path parameter %j too", async (id) => {
    const { api, pc } = setup([created]);
    const error = await rejection(pc.raw.GET("/v1/payments/{payment_id}", { params: { path: { payment_id: id } } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/payment_id/);
    expect(api.requests).toHaveLength(0);
  });

  test("a path parameter with slashes and dots stays one segment", async () => {
    const { api, pc } = setup([{ status: 200, body: payment }], { validateRequests: false });
    await pc.getPayment("../..");
    expect(api.apiRequests[0]!.path).toBe("/v1/payments/..%2F..");
  });

  test.each([
    ["CR/LF in a value", { "x-note": "a\r\nX-Injected: 1" }],
    ["LF in a value", { "x-note": "a\nb" }],
    ["NUL in a value", { "x-note": "a\u0000" }],
    ["a space in a name", { "x note": "a" }],
    ["a colon in a name", { "x-note:": "a" }],
  ])("a caller header with %s is a clear error before sending, not a retried network failure", async (_name, headers) => {
    const { api, pc } = setup([created], { validateRequests: false });
    const error = await rejection(pc.getPayment(payment.id, { headers }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/header/);
    expect(api.requests).toHaveLength(0);
  });
});
