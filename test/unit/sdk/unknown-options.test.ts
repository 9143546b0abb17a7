// A misspelt option is refused, never ignored: `baseURL` would send live requests to the default URL, and a
// per-request `idempotencykey` would let a retry create a second payment.
import { expect, test } from "vitest";
import { PayConnectError, ValidationError, createPayConnect } from "../../../src/entry/node.js";
import { requestExample } from "../../helpers/spec-examples.ts";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

test.each([
  ["baseURL", "baseUrl"],
  ["timeout_ms", "timeoutMs"],
  ["maxretries", "maxRetries"],
  ["timeout", "timeoutMs"],
  ["totalTimeout", "totalTimeoutMs"],
  ["maxRetry", "maxRetries"],
  ["logLevels", "logLevel"],
  ["apiKey", "secretKey"],
  ["agent", "httpAgent"],
])("createPayConnect refuses %s and names %s", (typo, meant) => {
  const make = () => createPayConnect({ secretKey: SECRET, [typo]: "http://127.0.0.1:1" } as never);
  expect(make).toThrow(PayConnectError);
  expect(make).toThrow(new RegExp(`unknown option \`${typo}\` — did you mean \`${meant}\``));
});

test.each([
  ["key", "secretKey"],
  ["api_key", "secretKey"],
  ["retries", "maxRetries"],
  ["validate", "validateRequests"],
  ["scop", "scope"], // four letters are enough for a guess by prefix
])("the name another SDK uses for an option, %s, is refused and points to %s", (typo, meant) => {
  expect(() => createPayConnect({ secretKey: SECRET, [typo]: 1 } as never)).toThrow(new RegExp(`unknown option \`${typo}\` — did you mean \`${meant}\``));
});

test("a name under four letters gets no guess: `log` could be logger or logLevel", () => {
  expect(() => createPayConnect({ secretKey: SECRET, log: 1 } as never)).toThrow(/unknown option `log`\. Known options:/);
});

test("an unknown client option with no near match is refused and the known ones are listed; the secret is not echoed", () => {
  const make = () => createPayConnect({ secretKey: SECRET, colour: "blue" } as never);
  expect(make).toThrow(/unknown option `colour`\. Known options: secretKey, baseUrl/);
  expect(make).not.toThrow(new RegExp(SECRET));
});

test.each([["idempotencykey", "idempotencyKey"], ["timeout", "timeoutMs"], ["abortSignal", "signal"], ["header", "headers"], ["colour", undefined]])(
  "a per-request option %s is a ValidationError and nothing is sent",
  async (typo, meant) => {
    const api = fakeApi(() => ({ status: 201, body: payment }));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
    const error = await pc.createPayment(requestExample("createPayment"), { [typo]: "order-1" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(`options/${typo} unknown option \`${typo}\``);
    if (meant) expect((error as Error).message).toContain(`did you mean \`${meant}\``);
    expect(api.apiRequests).toHaveLength(0);
  },
);

test("every documented option is accepted", async () => {
  const api = fakeApi(() => ({ status: 201, body: payment }));
  const time = fakeTime();
  const pc = createPayConnect({
    secretKey: SECRET, baseUrl: "https://api.example.com", scope: ["payments.read"], maxRetries: 1, timeoutMs: 1000,
    totalTimeoutMs: 5000, logLevel: "off", validateRequests: true, tokenRefreshMarginSec: 60, fetch: api.fetch, now: time.now, sleep: time.sleep,
  });
  const controller = new AbortController();
  await pc.createPayment(requestExample("createPayment"), {
    idempotencyKey: "order-1", signal: controller.signal, timeoutMs: 1000, totalTimeoutMs: 2000, headers: { "x-trace": "1" },
  });
  expect(api.apiRequests).toHaveLength(1);
});

test("httpAgent must be Agent-like (it has addRequest): a plain object is refused at createPayConnect, not retried later as a network error", () => {
  expect(() => createPayConnect({ secretKey: SECRET, httpAgent: {} })).toThrow(/`httpAgent` must be a node:http Agent/);
  expect(() => createPayConnect({ secretKey: SECRET, httpAgent: { addRequest() {} } })).not.toThrow();
});
