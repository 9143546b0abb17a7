// The SDK's validators and Prism (reading the same spec) agree: what the SDK rejects locally, Prism rejects
// with 422 when validation is switched off; and requests without a proper bearer token get 401.
import { describe, expect, inject, test } from "vitest";
import { ApiError, ValidationError, createPayConnect } from "../../src/entry/node.js";
import { requestExample, responseExample } from "../helpers/spec-examples.ts";

const baseUrl = inject("prismUrl");
const ok = requestExample("createPayment");
const paymentId: string = responseExample("getPayment").id;

const invalid: [string, (pc: any) => Promise<unknown>][] = [
  ["amount 0", (pc) => pc.createPayment({ ...ok, amount: 0 })],
  ["amount 1.5", (pc) => pc.createPayment({ ...ok, amount: 1.5 })],
  ["amount 20 000 001 RUB", (pc) => pc.createPayment({ ...ok, amount: 20_000_001 })],
  ['currency "rub"', (pc) => pc.createPayment({ ...ok, currency: "rub" })],
  ['currency "RUBX"', (pc) => pc.createPayment({ ...ok, currency: "RUBX" })],
  ["customer missing", (pc) => pc.createPayment({ amount: ok.amount, currency: ok.currency })],
  ["bad email", (pc) => pc.createPayment({ ...ok, customer: { email: "nope" } })],
  ["unknown field", (pc) => pc.createPayment({ ...ok, colour: "red" })],
  ["refund amount 0", (pc) => pc.createRefund(paymentId, { amount: 0 })],
  ["limit 101", (pc) => pc.listPayments({ limit: 101 })],
  ["unknown status filter", (pc) => pc.listPayments({ status: "paid" })],
  ["malformed payment id", (pc) => pc.getPayment("not-a-payment-id")],
  ["unknown scope", (pc) => pc.createAccessToken({ scope: "admin" })],
];

describe.each(invalid)("%s", (_name, call) => {
  test("with validateRequests: false it reaches Prism and comes back 422 (or 400) with violations", async () => {
    const pc = createPayConnect({ secretKey: "sk_test_contract", baseUrl, validateRequests: false, maxRetries: 0 });
    const error = (await call(pc).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([400, 422]).toContain(error.status);
    expect(error.headers["sl-violations"], "Prism lists the violations").toBeTruthy();
  });

  test("with validation on it is rejected locally and nothing is sent", async () => {
    let sent = 0;
    const pc = createPayConnect({
      secretKey: "sk_test_contract",
      baseUrl,
      fetch: (input, init) => {
        sent++;
        return fetch(input, init);
      },
    });
    await expect(call(pc)).rejects.toBeInstanceOf(ValidationError);
    expect(sent).toBe(0);
  });
});

describe("credentials", () => {
  test.each([
    ["no Authorization header", {}],
    ["a Basic credential instead of a bearer token", { authorization: "Basic dXNlcjpwYXNz" }],
  ])("%s → 401", async (_name, headers) => {
    const res = await fetch(`${baseUrl}/v1/payments/${paymentId}`, { headers });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });

  test("the token endpoint without the secret key → 401", async () => {
    const res = await fetch(`${baseUrl}/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"scope":"payments.read"}' });
    expect(res.status).toBe(401);
  });

  test("valid requests pass Prism's request validation (no violations reported)", async () => {
    const pc = createPayConnect({ secretKey: "sk_test_contract", baseUrl });
    const raw = await pc.raw.POST("/v1/payments", { body: ok });
    expect(raw.response.status).toBe(201);
    expect(raw.response.headers.get("sl-violations")).toBeNull();
  });
});
