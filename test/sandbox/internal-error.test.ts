// A defect of the sandbox (here: an operation it has no handler for, as when the spec gains one before
// packages/sandbox/src/api/handlers.ts does) answers the spec's 500 internal_error. Its message advised
// "Retry with the same Idempotency-Key" on every request, a GET included (new-user trial): only operations that
// take an Idempotency-Key get that advice.
import { afterEach, expect, test, vi } from "vitest";
import { type Handler, handlers } from "../../packages/sandbox/src/api/handlers.ts";
import { requestExample } from "../helpers/spec-examples.ts";
import { accessToken, paymentBody, useSandbox } from "./use-sandbox.ts";

const fixture = useSandbox();
const removed = new Map<string, Handler>();
/** Takes the handler away for one test (this project's files share a worker: restored after each test). */
function withoutHandler(operationId: string): void {
  removed.set(operationId, handlers[operationId]!);
  delete handlers[operationId];
}
afterEach(() => {
  for (const [id, handler] of removed) handlers[id] = handler;
  removed.clear();
});

async function call(method: string, path: string, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const res = await fetch(`${fixture.sandbox.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${init.token ?? (await accessToken(fixture.sandbox))}`, ...(init.body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    return { status: res.status, error: ((await res.json()) as { error: { code: string; message: string } }).error, logged: logged.mock.calls.map((c) => c.map(String).join(" ")) };
  } finally {
    logged.mockRestore();
  }
}

test("a GET without a handler: 500 internal_error, the cause on stderr, and no Idempotency-Key advice", async () => {
  const payment = await fixture.pc.createPayment(paymentBody());
  withoutHandler("getPayment");
  const out = await call("GET", `/v1/payments/${payment.id}`);
  expect([out.status, out.error.code]).toEqual([500, "internal_error"]);
  expect(out.error.message).toMatch(/The sandbox failed on this request \(see its log\)/);
  expect(out.error.message).not.toMatch(/Idempotency-Key/);
  expect(out.logged.join("\n")).toMatch(/no handler for getPayment/);
});

test("a POST that takes no Idempotency-Key (createAccessToken): no advice about one", async () => {
  withoutHandler("createAccessToken");
  const out = await call("POST", "/v1/auth/token", { token: fixture.sandbox.secretKey, body: requestExample("createAccessToken") });
  expect([out.status, out.error.code]).toEqual([500, "internal_error"]);
  expect(out.error.message).not.toMatch(/Idempotency-Key/);
});

test("a POST that takes an Idempotency-Key (createPayment) still advises retrying with the same key", async () => {
  const token = await accessToken(fixture.sandbox);
  withoutHandler("createPayment");
  const out = await call("POST", "/v1/payments", { token, body: paymentBody(), headers: { "idempotency-key": "internal-error-1" } });
  expect([out.status, out.error.code]).toEqual([500, "internal_error"]);
  expect(out.error.message).toMatch(/Retry with the same Idempotency-Key/);
});
