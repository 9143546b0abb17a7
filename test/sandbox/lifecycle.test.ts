// The sandbox keeps state and follows the payment lifecycle the spec documents, through the SDK.
import { expect, test } from "vitest";
import { enums, errorStatus } from "../../generated/server-table.ts";
import { SESSION_MS } from "../../packages/sandbox/src/api/lifecycle.ts";
import { ApiError } from "../../src/entry/node.ts";
import { control, paymentBody, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

async function apiError(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

test("a created payment is pending, retrievable, listed first, and points at the sandbox's confirmation page", async () => {
  const body = { ...paymentBody(), return_url: "https://shop.example/thanks" };
  const p = await s.pc.createPayment(body);
  expect(p).toMatchObject({ status: "pending", amount: body.amount, currency: body.currency, amount_refunded: 0, return_url: body.return_url, failure: null });
  expect(p.confirmation_url).toBe(`${s.sandbox.url}/checkout/${p.id}`);
  expect(Date.parse(p.expires_at) - Date.parse(p.created_at)).toBe(SESSION_MS);
  expect(await s.pc.getPayment(p.id)).toEqual(p);
  expect((await s.pc.listPayments({ limit: 1 })).data[0]!.id).toBe(p.id);
});

test("lists paginate newest first without gaps or repeats, and filter by status and email", async () => {
  const email = `pages-${Date.now()}@example.com`;
  const ids: string[] = [];
  for (let i = 0; i < 7; i++) ids.push((await s.pc.createPayment({ ...paymentBody(), customer: { email } })).id);
  const seen: string[] = [];
  for await (const p of s.pc.listPayments.iterate({ limit: 3, customer_email: email })) seen.push(p.id);
  expect(seen).toEqual([...ids].reverse());
  await control(s.sandbox, `payments/${ids[0]}/complete`, { outcome: "succeeded" });
  const succeeded = await s.pc.listPayments({ customer_email: email, status: "succeeded" });
  expect(succeeded.data.map((p) => p.id)).toEqual([ids[0]]);
  expect((await apiError(s.pc.listPayments({ starting_after: "pay_doesnotexist" }))).code).toBe("not_found");
});

test("cancel: pending → canceled, again → unchanged, a final payment → 409 payment_not_cancelable", async () => {
  const p = await s.pc.createPayment(paymentBody());
  const canceled = await s.pc.cancelPayment(p.id);
  expect(canceled).toMatchObject({ status: "canceled", confirmation_url: null });
  expect(await s.pc.cancelPayment(p.id)).toEqual(canceled);
  const paid = await s.pc.createPayment(paymentBody());
  await control(s.sandbox, `payments/${paid.id}/complete`, { outcome: "succeeded" });
  const e = await apiError(s.pc.cancelPayment(paid.id));
  expect([e.status, e.code]).toEqual([errorStatus.payment_not_cancelable, "payment_not_cancelable"]);
});

test("refunds never exceed the amount, add up in amount_refunded and move the status along", async () => {
  const p = await s.pc.createPayment(paymentBody());
  expect((await apiError(s.pc.createRefund(p.id))).code).toBe("refund_exceeds_payment"); // pending: nothing to refund
  await control(s.sandbox, `payments/${p.id}/complete`, { outcome: "succeeded" });
  const part = Math.max(1, Math.floor(p.amount / 3));
  await s.pc.createRefund(p.id, { amount: part });
  expect(await s.pc.getPayment(p.id)).toMatchObject({ status: part < p.amount ? "partially_refunded" : "refunded", amount_refunded: part });
  const tooMuch = await apiError(s.pc.createRefund(p.id, { amount: p.amount - part + 1 }));
  expect([tooMuch.code, tooMuch.param]).toEqual(["refund_exceeds_payment", "/amount"]);
  const rest = await s.pc.createRefund(p.id); // no amount: everything that is left
  expect(rest.amount).toBe(p.amount - part);
  expect(await s.pc.getPayment(p.id)).toMatchObject({ status: "refunded", amount_refunded: p.amount });
  const listed = await s.pc.listRefunds(p.id);
  expect(listed.data.map((r) => r.amount).reduce((a, b) => a + b, 0)).toBe(p.amount);
  expect(await s.pc.getRefund(rest.id)).toEqual(rest);
});

test("a pending payment expires 30 minutes after creation on the sandbox clock, and then cannot be paid", async () => {
  const p = await s.pc.createPayment(paymentBody());
  await s.sandbox.clock.advance(SESSION_MS - 1_000);
  expect((await s.pc.getPayment(p.id)).status).toBe("pending");
  await s.sandbox.clock.advance(1_000);
  expect(await s.pc.getPayment(p.id)).toMatchObject({ status: "expired", confirmation_url: null });
  expect((await s.pc.listPayments({ status: "expired", limit: 100 })).data.map((x) => x.id)).toContain(p.id);
  const late = await control(s.sandbox, `payments/${p.id}/complete`, { outcome: "succeeded" });
  expect(late.status).toBe("expired");
});

test("every failure code the spec lists can be produced, and arrives on the payment", async () => {
  for (const code of enums.PaymentFailureCode!) {
    const p = await s.pc.createPayment(paymentBody());
    await control(s.sandbox, `payments/${p.id}/complete`, { outcome: code });
    expect((await s.pc.getPayment(p.id)).failure?.code).toBe(code);
  }
});

test("events: every state change the spec sends is listed, filterable, and retrievable by id", async () => {
  const p = await s.pc.createPayment(paymentBody());
  await control(s.sandbox, `payments/${p.id}/complete`, { outcome: "succeeded" });
  await s.pc.createRefund(p.id);
  const events = await s.pc.listEvents({ payment_id: p.id });
  expect(events.data.map((e) => e.type)).toEqual(["payment.refunded", "payment.succeeded"]);
  expect((await s.pc.listEvents({ payment_id: p.id, type: "payment.succeeded" })).data).toHaveLength(1);
  expect(await s.pc.getEvent(events.data[0]!.id)).toEqual(events.data[0]);
  expect((await apiError(s.pc.getEvent("evt_doesnotexist"))).status).toBe(errorStatus.not_found);
});

test("a request the spec does not describe gets 404 with the error envelope", async () => {
  for (const [method, path] of [["GET", "/v1/nothing"], ["DELETE", "/v1/payments"], ["GET", "/"]] as const) {
    const res = await fetch(s.sandbox.url + path, { method });
    expect(res.status).toBe(errorStatus.not_found);
    expect(((await res.json()) as any).error).toMatchObject({ code: "not_found", docs_url: expect.stringContaining("not_found") });
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
  }
});
