// The seed's limits, enforced by the generated standalone validators (the same ones the SDK runs).
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { requestValidators } from "../../generated/validators.js";
import { webhookValidators } from "../../generated/webhook-validators.js";
import { operations } from "../../generated/operations.ts";
import { root } from "../helpers/paths.ts";

const ok = { amount: 1000, currency: "RUB", customer: { email: "customer@example.com" } };
const body = requestValidators.createPayment.body;

/** [case, body, valid, the instance path and API error code expected when invalid] */
const createPaymentCases: [string, unknown, boolean, string?, string?][] = [
  ["the seed's example", { ...ok, description: "Оплата заказа #12345" }, true],
  ["amount 1 (the minimum)", { ...ok, amount: 1 }, true],
  ["amount 0", { ...ok, amount: 0 }, false, "/amount", "invalid_amount"],
  ["amount -1", { ...ok, amount: -1 }, false, "/amount", "invalid_amount"],
  ["amount 1.5", { ...ok, amount: 1.5 }, false, "/amount", "invalid_amount"],
  ['amount "1000" (a string)', { ...ok, amount: "1000" }, false, "/amount", "invalid_amount"],
  ["amount null", { ...ok, amount: null }, false, "/amount", "invalid_amount"],
  ["20 000 000 RUB kopecks (200 000 RUB, the limit)", { ...ok, amount: 20_000_000 }, true],
  ["20 000 001 RUB kopecks", { ...ok, amount: 20_000_001 }, false, "/amount", "amount_too_large"],
  ["20 000 001 in USD (the RUB limit does not apply)", { ...ok, currency: "USD", amount: 20_000_001 }, true],
  ['currency "rub"', { ...ok, currency: "rub" }, false, "/currency", "invalid_currency"],
  ['currency "RUBX"', { ...ok, currency: "RUBX" }, false, "/currency", "invalid_currency"],
  ['currency ""', { ...ok, currency: "" }, false, "/currency", "invalid_currency"],
  ["currency missing", { amount: 1000, customer: ok.customer }, false, "", "invalid_request"],
  ["customer missing", { amount: 1000, currency: "RUB" }, false, "", "invalid_request"],
  ['email "not-an-email"', { ...ok, customer: { email: "not-an-email" } }, false, "/customer/email", "invalid_email"],
  ["email missing", { ...ok, customer: {} }, false, "/customer", "invalid_request"],
  ["unknown top-level field (typo)", { ...ok, ammount: 5 }, false, "", "invalid_request"],
  ["metadata value not a string", { ...ok, metadata: { order: 5 } }, false, "/metadata/order", "invalid_request"],
  ["description over 500 characters", { ...ok, description: "x".repeat(501) }, false, "/description", "invalid_request"],
];

function codeFor(schemaPath: string, codes: ReadonlyArray<readonly [string, string]>): string {
  return codes.find(([prefix]) => schemaPath === prefix || schemaPath.startsWith(prefix + "/"))?.[1] ?? "invalid_request";
}

describe("createPayment body validator", () => {
  test.each(createPaymentCases)("%s", (_name, input, valid, path, code) => {
    expect(body.validate(input)).toBe(valid);
    if (valid) return;
    const errors = (body.validate.errors ?? []).filter((e) => e.keyword !== "if");
    expect(errors.map((e) => [e.instancePath, codeFor(e.schemaPath, body.errorCodes)])).toContainEqual([path, code]);
  });

  test("reports every problem at once", () => {
    expect(body.validate({ amount: 0, currency: "rub", customer: { email: "x" } })).toBe(false);
    const paths = new Set(body.validate.errors!.map((e) => e.instancePath));
    expect(paths).toEqual(new Set(["/amount", "/currency", "/customer/email"]));
  });
});

describe("other validators", () => {
  test.each([
    ["listPayments query, limit 100", requestValidators.listPayments.query, { limit: 100 }, true],
    ["listPayments query, limit 101", requestValidators.listPayments.query, { limit: 101 }, false],
    ["listPayments query, unknown status", requestValidators.listPayments.query, { status: "paid" }, false],
    ["listPayments query, unknown parameter", requestValidators.listPayments.query, { page: 2 }, false],
    ["getPayment path, a payment id", requestValidators.getPayment.path, { payment_id: "pay_123" }, true],
    ["getPayment path, a traversal attempt", requestValidators.getPayment.path, { payment_id: "../refunds" }, false],
    ["createRefund body, empty (full refund)", requestValidators.createRefund.body, {}, true],
    ["createRefund body, amount 0", requestValidators.createRefund.body, { amount: 0 }, false],
    ["token body, known scopes", requestValidators.createAccessToken.body, { scope: "payments.write payments.read" }, true],
    ["token body, unknown scope", requestValidators.createAccessToken.body, { scope: "admin" }, false],
  ] as const)("%s", (_name, entry, input, valid) => {
    expect(entry.validate(input)).toBe(valid);
  });

  test("every operation with a body or query has a validator, and only those", () => {
    for (const [id, op] of Object.entries(operations)) {
      const entry = requestValidators[id as keyof typeof requestValidators] as Record<string, unknown>;
      expect(Boolean(entry.body), `${id} body`).toBe(op.hasBody);
      expect(Boolean(entry.query), `${id} query`).toBe(op.hasQuery);
      expect(Boolean(entry.path), `${id} path`).toBe(op.pathParams.length > 0);
    }
  });

  test("webhook event validators accept their type only", () => {
    const payment = { id: "pay_1", status: "succeeded", amount: 1000, amount_refunded: 0, currency: "RUB", description: null,
      customer: { email: "a@example.com" }, metadata: {}, confirmation_url: null, created_at: "2026-11-29T12:00:00Z",
      expires_at: "2026-11-29T12:30:00Z", failure: null };
    const event = { id: "evt_1", type: "payment.succeeded", created_at: "2026-11-29T12:03:00Z", data: { object: payment } };
    expect(webhookValidators["payment.succeeded"].validate(event)).toBe(true);
    expect(webhookValidators["payment.failed"].validate(event)).toBe(false);
    expect(webhookValidators["payment.succeeded"].validate({ ...event, data: {} })).toBe(false);
    // A new field on the payment must not break receivers (forward compatibility).
    expect(webhookValidators["payment.succeeded"].validate({ ...event, data: { object: { ...payment, new_field: 1 } } })).toBe(true);
  });
});

test("validators load and work with code generation from strings disallowed (as on Workers)", () => {
  const script = `
    const { requestValidators } = await import("./generated/validators.js");
    const { webhookValidators } = await import("./generated/webhook-validators.js");
    const v = requestValidators.createPayment.body;
    const w = webhookValidators["payment.failed"];
    console.log(JSON.stringify([v.validate(${JSON.stringify(ok)}), v.validate({ amount: 0 }), w.validate({})]));`;
  const run = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(JSON.parse(run.stdout)).toEqual([true, false, false]);
  // And the flag really bites: code generation throws under it.
  const control = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", "-e", "new Function('return 1')()"], { encoding: "utf8" });
  expect(control.status).not.toBe(0);
  expect(control.stderr).toMatch(/Code generation from strings disallowed/);
});
