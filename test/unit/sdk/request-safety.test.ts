// Input that would change where or how a request travels is refused before anything is sent: a baseUrl
// with a user name or password, caller headers that frame or route the message, two spellings of one
// header with different values, an empty Idempotency-Key — in the methods and in pc.raw alike.
import { describe, expect, test } from "vitest";
import { PayConnectError, ValidationError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

function setup(extra = {}) {
  const api = fakeApi(() => ({ status: 201, body: payment }));
  const time = fakeTime();
  return { api, pc: createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra }) };
}
const order = { amount: 1000, currency: "RUB", customer: { email: "customer@example.com" } };

describe("baseUrl with credentials", () => {
  test.each(["http://user:hunter2pass@127.0.0.1:4010", "https://:hunter2pass@api.payconnect.com", "https://hunter2pass@api.payconnect.com"])(
    "%s is refused at createPayConnect without echoing the password",
    (baseUrl) => {
      let error: unknown;
      try {
        createPayConnect({ secretKey: SECRET, baseUrl });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PayConnectError);
      expect((error as Error).message).toMatch(/baseUrl/);
      expect((error as Error).message).not.toContain("hunter2pass");
    },
  );
});

// Hop-by-hop headers (RFC 9110 §7.6.1) and those that frame or route the message belong to the transport.
const framing = ["Transfer-Encoding", "Content-Length", "Host", "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Upgrade", "Expect"];

describe.each(framing)("a caller header %s", (name) => {
  test("is refused by the methods with a ValidationError naming it; nothing is sent", async () => {
    const { api, pc } = setup({ validateRequests: false });
    const error = await pc.createPayment(order, { headers: { [name]: "0" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(name);
    expect(api.requests).toHaveLength(0);
  });

  test("is refused by pc.raw; nothing is sent", async () => {
    const { api, pc } = setup();
    const error = await pc.raw.POST("/v1/payments", { body: order, headers: { [name]: "0" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(name.toLowerCase());
    expect(api.requests).toHaveLength(0);
  });
});

// The SDK authenticates every call itself (the access token, the secret key for the exchange): a caller's
// Authorization would be dropped silently, so it is refused, saying what to do instead.
describe.each(["Authorization", "authorization"])("a caller header %s", (name) => {
  test("is refused by the methods, saying the SDK sets it from secretKey; nothing is sent", async () => {
    const { api, pc } = setup();
    const error = await pc.getPayment(payment.id, { headers: { [name]: "Bearer mine" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/is set by the SDK .*secretKey/);
    expect((error as Error).message).not.toContain("Bearer mine");
    expect(api.requests).toHaveLength(0);
  });

  test("is refused by pc.raw; nothing is sent", async () => {
    const { api, pc } = setup();
    const error = await pc.raw.GET("/v1/payments", { headers: { [name]: "Bearer mine" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/is set by the SDK .*secretKey/);
    expect(api.requests).toHaveLength(0);
  });
});

// openapi-fetch turns a list of pairs into headers named "0", "1": the caller's Idempotency-Key would be lost
// (a random one sent instead) and their Authorization sent under another name.
test("pc.raw refuses headers given as a list of pairs, saying what to pass; nothing is sent", async () => {
  const { api, pc } = setup();
  const headers = [["Idempotency-Key", "order-42"], ["X-Trace", "a"]] as never;
  const error = await pc.raw.POST("/v1/payments", { body: order, headers }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as Error).message).toMatch(/headers.*object of header names to values/);
  expect(api.requests).toHaveLength(0);
});

describe("two spellings of one header", () => {
  test.each([
    ["Idempotency-Key", { "idempotency-key": "order-1", "Idempotency-Key": "order-2" }],
    ["X-Trace", { "x-trace": "a", "X-TRACE": "b" }],
  ])("%s with different values is refused by the methods and by pc.raw; nothing is sent", async (name, headers) => {
    const { api, pc } = setup();
    const viaMethod = await pc.createPayment(order, { headers }).catch((e: unknown) => e);
    const viaRaw = await pc.raw.POST("/v1/payments", { body: order, headers }).catch((e: unknown) => e);
    for (const error of [viaMethod, viaRaw]) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message.toLowerCase()).toContain(name.toLowerCase());
    }
    expect(api.requests).toHaveLength(0);
  });

  test.each([undefined, null])("pc.raw: a spelling whose value is %s is left out, not a second value", async (empty) => {
    const { api, pc } = setup();
    await pc.raw.POST("/v1/payments", { body: order, headers: { "x-trace": empty, "X-Trace": "a" } as never });
    expect(api.apiRequests[0]!.headers["x-trace"]).toBe("a");
  });

  test("with the same value is one header", async () => {
    const { api, pc } = setup();
    await pc.createPayment(order, { headers: { "x-trace": "a", "X-Trace": "a" } });
    expect(api.apiRequests[0]!.headers["x-trace"]).toBe("a");
  });
});

describe("per-request headers that are not a plain object", () => {
  // A Headers object, a list of pairs or a string has no own enumerable entries to read: left unread, its
  // Idempotency-Key would be replaced by a random one, so a retry could create a second payment.
  test.each([
    ["a Headers object", () => new Headers({ "Idempotency-Key": "order-1" })],
    ["a list of pairs", () => [["Idempotency-Key", "order-1"]]],
    ["a string", () => "Idempotency-Key: order-1"],
  ])("%s is refused, naming `headers`, also with validateRequests off; nothing is sent", async (_name, headers) => {
    const { api, pc } = setup({ validateRequests: false });
    const error = await pc.createPayment(order, { headers: headers() as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(["/headers"]);
    expect((error as Error).message).toMatch(/options\/headers must be an object of header names to values/);
    expect(api.requests).toHaveLength(0);
  });

  test("undefined and null mean no extra headers", async () => {
    const { api, pc } = setup();
    await pc.createPayment(order, { headers: undefined });
    await pc.createPayment(order, { headers: null as never });
    expect(api.apiRequests).toHaveLength(2);
  });
});

describe("an empty Idempotency-Key", () => {
  test("is refused by pc.raw, not sent and retried as if it were a key", async () => {
    const { api, pc } = setup();
    const error = await pc.raw.POST("/v1/payments", { body: order, headers: { "Idempotency-Key": "" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/Idempotency-Key/i);
    expect(api.requests).toHaveLength(0);
  });

  test.each([
    ["idempotencyKey", { idempotencyKey: "" }],
    ["headers", { headers: { "Idempotency-Key": "" } }],
  ])("is refused by the methods (as %s), also with validateRequests off", async (_how, options) => {
    const { api, pc } = setup({ validateRequests: false });
    await expect(pc.createPayment(order, options)).rejects.toBeInstanceOf(ValidationError);
    expect(api.requests).toHaveLength(0);
  });
});

test("iterate() stops on a repeated cursor compared by value, even an object id with validateRequests off", async () => {
  const api = fakeApi(() => ({ status: 200, body: { data: [{ id: { cursor: "c" } }], has_more: true } }));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, validateRequests: false });
  let items = 0;
  const error = await (async () => {
    for await (const _ of pc.listPayments.iterate({ limit: 1 })) if (++items > 50) return "looped";
  })().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PayConnectError);
  expect((error as Error).message).toMatch(/already used as starting_after/);
  expect(api.apiRequests.length).toBeLessThanOrEqual(2);
});
