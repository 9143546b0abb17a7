// A token endpoint's 2xx answer that the SDK cannot read may still hold a token the server considers issued (a
// form-encoded OAuth answer, JSON with a trailing comment): the error names what came back (status,
// content type) but never quotes that body, in its message, inspect output, stack or a log line. And a 5xx (or
// any refusal) of the token request says it came from there: the call that needed the token was never sent.
import { inspect } from "node:util";
import { expect, test } from "vitest";
import { ApiError, TimeoutError, UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, type Reply, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

const ISSUED = "tok_live_9fK2mQ7xV4bN8cR1tY6wZ3pL";
const capture = () => {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: unknown) => lines.push(`${level} ${message} ${inspect(fields)}`);
  return { lines, logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") } };
};

test.each<[string, Reply]>([
  ["form-encoded", { status: 200, raw: `access_token=${ISSUED}&token_type=bearer&expires_in=3600`, headers: { "content-type": "application/x-www-form-urlencoded" } }],
  ["JSON with a trailing comment", { status: 200, raw: `${JSON.stringify({ access_token: ISSUED, expires_in: 3600 })} // debug`, headers: { "content-type": "application/json" } }],
])("a %s token answer is named, never quoted", async (_name, reply) => {
  const api = fakeApi(() => ({ status: 200, body: payment }), () => reply);
  const time = fakeTime();
  const { lines, logger } = capture();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, logger, logLevel: "debug" });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnexpectedResponseError);
  expect((error as Error).message).toMatch(/createAccessToken \(POST \/v1\/auth\/token\) answered 200 with a body that is not JSON/);
  expect((error as Error).message).toContain((reply as { headers: Record<string, string> }).headers["content-type"]);
  for (const text of [(error as Error).message, inspect(error, { depth: 10 }), String((error as Error).stack), JSON.stringify(error), ...lines]) {
    expect(text).not.toContain(ISSUED);
    expect(text).not.toContain(ISSUED.slice(0, 12));
  }
  expect(lines.length).toBeGreaterThan(0);
});

test.each([503, 500, 502])("a %s from the token request says the call was not sent: the token request failed", async (status) => {
  const api = fakeApi(() => ({ status: 200, body: payment }), () => errorReply(status, "internal_error"));
  const time = fakeTime();
  const { lines, logger } = capture();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, logger, logLevel: "error" });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ status });
  expect(api.apiRequests).toHaveLength(0);
  expect((error as Error).message).toMatch(/From the access token request \(createAccessToken, POST \/v1\/auth\/token\)/);
  expect(lines.join("\n")).toMatch(/access token/);
});

test.each([0, 2])("a timeout while the token request hangs (maxRetries %i) says the call timed out waiting for the token, not sending", async (maxRetries) => {
  const api = fakeApi(() => ({ status: 200, body: payment }), () => new Promise<Reply>(() => {}));
  const { lines, logger } = capture();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, maxRetries, timeoutMs: 30, sleep: async () => {}, logger, logLevel: "error" });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  pc.close();
  expect(error).toBeInstanceOf(TimeoutError);
  expect(api.apiRequests).toHaveLength(0);
  expect((error as Error).message).toMatch(/^GET \/v1\/payments\/\S+ timed out after 30 ms waiting for the access token, before the call was sent\b/);
  expect(lines.join("\n")).toMatch(/waiting for the access token/);
});

// An earlier attempt went out (it timed out: the server may have created the payment), then the token expired and
// its refresh failed: the error must not say the call was not sent, and must hand over the key to retry with.
test.each([
  ["a 503", (): Reply | Promise<Reply> => errorReply(503, "internal_error")],
  ["no answer", (): Reply | Promise<Reply> => new Promise<Reply>(() => {})],
])("after an attempt went out, a token refresh that fails with %s gives the idempotency key, never 'not sent'", async (_name, refresh) => {
  const time = fakeTime();
  const api = fakeApi(
    () => {
      time.advance(2 * 3_600_000); // the 1-hour token expires while this attempt hangs
      return new Promise<Reply>(() => {});
    },
    (_r, i) => (i === 0 ? { status: 200, body: { access_token: "pat_first_abcdefghij", token_type: "Bearer", expires_in: 3600 } } : refresh()),
  );
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 1, timeoutMs: 50 });
  const error = await pc.createPayment({ amount: 1000, currency: "RUB", customer: { email: "c@example.com" } }, { idempotencyKey: "order-1" }).catch((e: unknown) => e);
  pc.close();
  expect(api.apiRequests).toHaveLength(1);
  expect((error as Error).message).not.toMatch(/not sent|before the call was sent/);
  expect((error as Error).message).toContain('idempotencyKey "order-1"');
});

// The key advice only when it holds: an attempt went out and the call has a key to retry with.
test("a token request that fails before any attempt went out gives no retry advice, though the call has a key", async () => {
  const time = fakeTime();
  const api = fakeApi(() => ({ status: 201, body: payment }), () => errorReply(503, "internal_error"));
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 0 });
  const error = await pc.createPayment({ amount: 1000, currency: "RUB", customer: { email: "c@example.com" } }, { idempotencyKey: "order-2" }).catch((e: unknown) => e);
  expect(api.apiRequests).toHaveLength(0);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as Error).message).not.toContain("retry with idempotencyKey");
});

test("a GET whose attempt went out and whose token refresh then failed names no idempotency key (it has none)", async () => {
  const time = fakeTime();
  const api = fakeApi(
    () => {
      time.advance(2 * 3_600_000);
      return new Promise<Reply>(() => {});
    },
    (_r, i) => (i === 0 ? { status: 200, body: { access_token: "pat_first_abcdefghij", token_type: "Bearer", expires_in: 3600 } } : errorReply(503, "internal_error")),
  );
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 1, timeoutMs: 50 });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  pc.close();
  expect(api.apiRequests).toHaveLength(1);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as Error).message).not.toMatch(/idempotencyKey/);
});
