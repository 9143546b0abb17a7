// validateRequests: bad input throws ValidationError listing every problem, and nothing is sent.
import { describe, expect, test } from "vitest";
import { ValidationError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";
import { requestExample } from "../../helpers/spec-examples.ts";

const ok = requestExample("createPayment");

function setup(validateRequests = true) {
  const api = fakeApi(() => ({ status: 201, body: payment }));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, validateRequests });
  return { api, pc };
}

type Issue = { location: string; path: string; code: string };
const cases: [string, unknown, Issue[]][] = [
  ["amount 0", { ...ok, amount: 0 }, [{ location: "body", path: "/amount", code: "invalid_amount" }]],
  ["amount -1", { ...ok, amount: -1 }, [{ location: "body", path: "/amount", code: "invalid_amount" }]],
  ["amount 1.5", { ...ok, amount: 1.5 }, [{ location: "body", path: "/amount", code: "invalid_amount" }]],
  ['amount "1000"', { ...ok, amount: "1000" }, [{ location: "body", path: "/amount", code: "invalid_amount" }]],
  ["amount 20 000 001 RUB", { ...ok, amount: 20_000_001 }, [{ location: "body", path: "/amount", code: "amount_too_large" }]],
  ['currency "rub"', { ...ok, currency: "rub" }, [{ location: "body", path: "/currency", code: "invalid_currency" }]],
  ['currency "RUBX"', { ...ok, currency: "RUBX" }, [{ location: "body", path: "/currency", code: "invalid_currency" }]],
  ["customer missing", { amount: ok.amount, currency: ok.currency }, [{ location: "body", path: "/customer", code: "invalid_request" }]],
  ["amount missing", { currency: ok.currency, customer: ok.customer }, [{ location: "body", path: "/amount", code: "invalid_amount" }]],
  ["bad email", { ...ok, customer: { email: "nope" } }, [{ location: "body", path: "/customer/email", code: "invalid_email" }]],
  ["a typo'd field", { ...ok, descripton: "x" }, [{ location: "body", path: "/descripton", code: "invalid_request" }]],
  ["everything wrong at once", { amount: 0, currency: "rub", customer: { email: "nope" } }, [
    { location: "body", path: "/amount", code: "invalid_amount" },
    { location: "body", path: "/currency", code: "invalid_currency" },
    { location: "body", path: "/customer/email", code: "invalid_email" },
  ]],
  ["no body at all", undefined, [{ location: "body", path: "", code: "invalid_request" }]],
];

describe("createPayment with invalid input", () => {
  test.each(cases)("%s → ValidationError, zero requests", async (_name, input, expected) => {
    const { api, pc } = setup();
    const error = await pc.createPayment(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues.map(({ location, path, code }) => ({ location, path, code }));
    expect(issues).toEqual(expected);
    expect((error as Error).message).toMatch(/nothing was sent/);
    expect(api.requests).toHaveLength(0); // not even a token request
  });
});

describe("other parts of a request", () => {
  test.each([
    ["a path id that is not a payment id", (pc: any) => pc.getPayment("../v1/refunds"), "path", "/payment_id"],
    ["a path id that is not a string", (pc: any) => pc.getPayment(42), "path", "/payment_id"],
    ["limit 0", (pc: any) => pc.listPayments({ limit: 0 }), "query", "/limit"],
    ["an unknown status filter", (pc: any) => pc.listPayments({ status: "paid" }), "query", "/status"],
    ["a refund of 0", (pc: any) => pc.createRefund(payment.id, { amount: 0 }), "body", "/amount"],
    ["an idempotency key over 64 characters", (pc: any) => pc.createPayment(ok, { idempotencyKey: "k".repeat(65) }), "options", "/idempotencyKey"],
    ["an idempotency key with a space", (pc: any) => pc.createRefund(payment.id, {}, { idempotencyKey: "order 1" }), "options", "/idempotencyKey"],
  ])("%s", async (_name, call, location, path) => {
    const { api, pc } = setup();
    const error = await call(pc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual(expect.objectContaining({ location, path }));
    expect(api.requests).toHaveLength(0);
  });

  test("valid input is sent", async () => {
    const { api, pc } = setup();
    await pc.createPayment(ok);
    expect(api.apiRequests).toHaveLength(1);
  });

  test("validateRequests: false sends invalid input to the API", async () => {
    const { api, pc } = setup(false);
    await pc.createPayment({ ...ok, amount: 0 });
    expect(JSON.parse(api.apiRequests[0]!.body!)).toMatchObject({ amount: 0 });
  });
});

describe("each problem is located where the caller can fix it", () => {
  const headers = (name: string, value: string) => ({ headers: { [name]: value } });
  test.each([
    ["an unknown per-request option", (pc: any) => pc.getPayment(payment.id, { colour: "blue" }), { location: "options", path: "/colour", code: "invalid_request" }],
    ["a per-request timeoutMs of 0", (pc: any) => pc.getPayment(payment.id, { timeoutMs: 0 }), { location: "options", path: "/timeoutMs", code: "invalid_request" }],
    ["a per-request totalTimeoutMs of 0", (pc: any) => pc.getPayment(payment.id, { totalTimeoutMs: 0 }), { location: "options", path: "/totalTimeoutMs", code: "invalid_request" }],
    ["idempotencyKey and the Idempotency-Key header disagreeing", (pc: any) => pc.createPayment(ok, { idempotencyKey: "a", ...headers("Idempotency-Key", "b") }),
      { location: "options", path: "/idempotencyKey", code: "invalid_request" }],
    ["an Idempotency-Key header the spec refuses, under the caller's spelling", (pc: any) => pc.createPayment(ok, headers("IDEMPOTENCY-key", "order 1")),
      { location: "options", path: "/headers/IDEMPOTENCY-key" }],
    ["a path parameter that is empty", (pc: any) => pc.getPayment(""), { location: "path", path: "/payment_id", code: "invalid_request" }],
    ["a body JSON cannot carry", (pc: any) => pc.createPayment({ ...ok, amount: 10n }), { location: "body", path: "", code: "invalid_request" }],
  ])("%s, also with validateRequests off", async (_name, call, issue) => {
    for (const validateRequests of [true, false]) {
      const { api, pc } = setup(validateRequests);
      const error = await call(pc).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toContainEqual(expect.objectContaining(issue));
      expect(api.requests).toHaveLength(0);
    }
  });
});

describe("issue pointers and messages", () => {
  test("an unknown field is named by its JSON pointer, `/` and `~` escaped, and called not a field of the request", async () => {
    const { pc } = setup();
    const error = (await pc.createPayment({ ...ok, "a/b~c": 1 } as never).catch((e: unknown) => e)) as ValidationError;
    expect(error.issues).toEqual([{ location: "body", path: "/a~1b~0c", code: "invalid_request", message: expect.stringMatching(/^is not a field of this request/) }]);
  });

  test("a missing field is called required", async () => {
    const { pc } = setup();
    const { customer: _left, ...rest } = ok as Record<string, unknown>;
    const error = (await pc.createPayment(rest as never).catch((e: unknown) => e)) as ValidationError;
    expect(error.issues).toEqual([expect.objectContaining({ location: "body", path: "/customer", message: "is required" })]);
  });
});
