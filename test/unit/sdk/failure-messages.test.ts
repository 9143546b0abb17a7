// What a failed call's error says and carries at the edges: the advice about idempotency keys only where it
// applies, the attempt count only when there was more than one, a thrown non-Error, a non-string `code`, the
// cause of a deadline failure, and an unusable `logger`. Written against mutants a Stryker run left alive.
import { expect, test } from "vitest";
import { ConnectionError, PayConnectError, TimeoutError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

const client = (api: ReturnType<typeof fakeApi>, extra = {}) => {
  const time = fakeTime();
  return createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
};

test("a POST without an Idempotency-Key that fails says it was not retried, and why", async () => {
  const api = fakeApi(() => new Error("socket hang up"));
  const pc = client(api);
  // pc.raw sends a path the spec does not describe as given: no key is added.
  const error = await (pc.raw as any).POST("/v1/payments/{payment_id}/capture", { params: { path: { payment_id: payment.id } } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  expect((error as Error).message).toMatch(/It was not retried: without an Idempotency-Key a POST could take effect twice\./);
  expect(api.apiRequests).toHaveLength(1);
});

test("one attempt: the message gives no attempt count", async () => {
  const api = fakeApi(() => new Error("socket hang up"));
  const error = await client(api, { maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
  const origin = /: could not reach (\S+): socket hang up\./.exec((error as Error).message)?.[1];
  expect(origin).toBeDefined();
  expect(new URL(origin!).origin).toBe(origin);
  expect((error as Error).message).not.toMatch(/attempt/);
  // A GET is simply retried: no advice about keys.
  expect((error as Error).message).toMatch(/Check the network and baseUrl\.$/);
});

test("a thrown non-Error is described by its text; only a string code is shown", async () => {
  const thrown = fakeApi(() => { throw "the proxy said no"; });
  const a = await client(thrown, { maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
  expect((a as Error).message).toContain("the proxy said no");
  const numeric = fakeApi(() => Object.assign(new Error("refused"), { code: 111 }));
  const b = await client(numeric, { maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
  expect((b as Error).message).toMatch(/: refused\./);
  const named = fakeApi(() => Object.assign(new Error("refused"), { code: "ECONNREFUSED" }));
  const c = await client(named, { maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
  expect((c as Error).message).toMatch(/: refused \(ECONNREFUSED\)\./);
});

test("a deadline failure keeps the last attempt's error as its cause", async () => {
  const api = fakeApi(() => new Error("socket hang up"));
  const error = await client(api, { totalTimeoutMs: 100, maxRetries: 5 }).getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TimeoutError);
  expect((error as Error).cause).toBeInstanceOf(ConnectionError);
  expect(((error as Error).cause as Error).message).toMatch(/socket hang up/);
});

test.each([null, 42, {}])("logger %j is refused with a clear error", (logger) => {
  expect(() => createPayConnect({ secretKey: SECRET, logger: logger as never, logLevel: "debug" })).toThrow(PayConnectError);
  expect(() => createPayConnect({ secretKey: SECRET, logger: logger as never, logLevel: "debug" })).toThrow(/`logger` must have error, warn, info and debug methods/);
});

test("an unknown logLevel is refused, naming the levels there are", () => {
  expect(() => createPayConnect({ secretKey: SECRET, logLevel: "verbose" as never })).toThrow(/`logLevel` must be one of off, error, warn, info, debug/);
});
