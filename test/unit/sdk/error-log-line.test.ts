// The one "error" line of a call that fails for good carries what a merchant needs to find the call: method,
// path, status, attempts, the request id, the Idempotency-Key and the error code. A value the call does not
// have is left out, not printed empty; the secret key and the access token never appear. Over real sockets:
// a server on 127.0.0.1 that answers with PayConnect error bodies, and a port nothing listens on.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "vitest";
import { createPayConnect } from "../../../src/entry/node.js";
import { SECRET, errorReply, fakeApi, payment } from "../../helpers/fake-api.ts";
import { requestExample } from "../../helpers/spec-examples.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();
const order = requestExample("createPayment");

function capture() {
  const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push({ level, message, fields: fields ?? {} });
  return { lines, errors: () => lines.filter((l) => l.level === "error"), logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") } };
}
const client = (logger: object, baseUrl = server.baseUrl) =>
  createPayConnect({ secretKey: SECRET, baseUrl, logger: logger as never, logLevel: "debug", sleep: async () => {} });
/** No field is present without a value, and no credential is anywhere in the lines. */
function expectClean(lines: { message: string; fields: Record<string, unknown> }[], tokens: string[]) {
  for (const line of lines) for (const value of Object.values(line.fields)) expect(value === undefined || value === "").toBe(false);
  const all = JSON.stringify(lines);
  for (const secret of [SECRET, ...tokens]) expect(all).not.toContain(secret);
}

test.each([
  [402, "card_declined"],
  [409, "idempotency_conflict"],
])("a %i with a PayConnect error body: one error line with status, request id, key and code", async (status, code) => {
  const { lines, errors, logger } = capture();
  server.faults.push({ kind: "status", status, code });
  await expect(client(logger).createPayment(order, { idempotencyKey: "order-42" })).rejects.toMatchObject({ status, code });
  expect(errors()).toHaveLength(1);
  expect(errors()[0]!.fields).toEqual({
    method: "POST", path: "/v1/payments", status, attempts: 1, requestId: "req_1", // the fault server numbers its answers
    idempotencyKey: "order-42", code, durationMs: expect.any(Number),
  });
  expectClean(lines, ["pat_srv_abcdefg_0"]);
});

test("a 503 until the retries run out: attempts counts all of them, the request id is the last one's", async () => {
  const { errors, logger } = capture();
  for (let i = 0; i < 3; i++) server.faults.push({ kind: "status", status: 503, code: "internal_error" });
  await expect(client(logger).getPayment(payment.id)).rejects.toMatchObject({ status: 503 });
  expect(errors()).toHaveLength(1);
  expect(errors()[0]!.fields).toMatchObject({ method: "GET", path: `/v1/payments/${payment.id}`, status: 503, attempts: 3, requestId: "req_3", code: "internal_error" });
  expect(errors()[0]!.fields).not.toHaveProperty("idempotencyKey"); // a GET has none
});

test("a connection failure: no status or request id (left out), the system's error code", async () => {
  const closed = http.createServer();
  await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((r) => closed.close(() => r()));
  const { lines, errors, logger } = capture();
  await expect(client(logger, `http://127.0.0.1:${port}`).createPayment(order, { idempotencyKey: "order-43" })).rejects.toThrow(/could not reach/);
  // The token exchange failed for good, so did the call that needed the token: one line, the call's, whose
  // message is the exchange's error.
  expect(errors().map((l) => l.fields)).toEqual([
    { method: "POST", path: "/v1/payments", attempts: 1, idempotencyKey: "order-43", code: "ECONNREFUSED", durationMs: expect.any(Number) },
  ]);
  expect(errors()[0]!.message).toMatch(/POST \/v1\/payments failed after 1 attempt\(s\): .*\/v1\/auth\/token/);
  expectClean(lines, []);
});

test("a rejected secret key: one error line, the call's, with the exchange's status, code and request id", async () => {
  const { lines, errors, logger } = capture();
  server.tokenFaults.push({ kind: "status", status: 401, code: "unauthorized" });
  await expect(client(logger).getPayment(payment.id)).rejects.toMatchObject({ status: 401 });
  expect(errors().map((l) => l.fields)).toEqual([
    { method: "GET", path: `/v1/payments/${payment.id}`, status: 401, attempts: 1, requestId: expect.stringMatching(/^req_/), code: "unauthorized", durationMs: expect.any(Number) },
  ]);
  expect(errors()[0]!.message).toMatch(/rejected the secret key/);
  // The exchange's own failure is one warning (it is also what tells of it when no call waited for it).
  expect(lines.filter((l) => l.level === "warn" && /access token request failed/.test(l.message))).toHaveLength(1);
  expectClean(lines, []);
});

test("a rejected secret key answered after the call gave up is still logged, once, by the exchange", async () => {
  const { lines, logger } = capture();
  const api = fakeApi(() => ({ status: 200, body: payment }), () => new Promise((resolve) => setTimeout(() => resolve(errorReply(401, "unauthorized")), 400)));
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, logger: logger as never, logLevel: "warn", maxRetries: 0 });
  // The call waits 100 ms; the exchange (under the client's timeoutMs) gets its 401 at 400 ms.
  await expect(pc.getPayment(payment.id, { timeoutMs: 100 })).rejects.toThrow(/timed out/);
  await new Promise((resolve) => setTimeout(resolve, 700));
  const told = lines.filter((l) => /access token request failed: .*rejected the secret key/.test(l.message));
  expect(told.map((l) => l.level)).toEqual(["warn"]);
  expectClean(lines, []);
});

test("a call cut by totalTimeoutMs: one error line saying so, with its attempts", async () => {
  const { errors, logger } = capture();
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, logger: logger as never, logLevel: "error", sleep: async () => {}, timeoutMs: 100, totalTimeoutMs: 150 });
  await pc.getPayment(payment.id); // the token, fetched before the clock matters
  server.faults.push({ kind: "hang" }, { kind: "hang" });
  await expect(pc.getPayment(payment.id)).rejects.toThrow(/totalTimeoutMs/);
  expect(errors()).toHaveLength(1);
  // Cut in a second attempt, or given up on at once when the (jittered) wait for it ends past the deadline.
  expect(errors()[0]!.message).toMatch(/failed after [12] attempt\(s\): (totalTimeoutMs \(150 ms\) ran out|gave up early: the next retry was due in \d+ ms, past totalTimeoutMs \(150 ms\)); last: a timeout after \d+ ms/);
  expect(errors()[0]!.fields).toEqual({ method: "GET", path: `/v1/payments/${payment.id}`, attempts: expect.any(Number), durationMs: expect.any(Number) });
});

test("a redirect (the API never redirects, it is not followed): one error line with its status", async () => {
  const { errors, logger } = capture();
  server.faults.push({ kind: "raw", status: 302, headers: { location: "https://elsewhere.example/", "x-request-id": "req_redirect" }, body: "" });
  await expect(client(logger).getPayment(payment.id)).rejects.toMatchObject({ status: 302 });
  expect(errors().map((l) => l.fields)).toEqual([{ method: "GET", path: `/v1/payments/${payment.id}`, status: 302, attempts: 1, requestId: "req_redirect", durationMs: expect.any(Number) }]);
});
