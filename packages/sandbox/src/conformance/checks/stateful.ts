// Stateful cases: sequences that follow the spec's links from a created payment, and the payment rules no
// single request shows: what is created can be read and is listed, a final status stays final, refunds never
// exceed the amount and `amount_refunded` adds up, and every status change follows the documented lifecycle.
import { randomUUID } from "node:crypto";
import type { Case, CaseContext } from "../case.ts";
import { type Lifecycle, OP, asPayment } from "../payments.ts";
import { createPayment, idsOf, linkCall, linksOf, listItems } from "./follow.ts";

export function statefulCases(lifecycle: Lifecycle): Case[] {
  return [
    { id: "stateful/createPayment/links", group: "stateful", operationId: OP.createPayment, title: "every read link of a new payment reaches it; it is listed", run: (ctx) => followReadLinks(ctx, lifecycle) },
    { id: "stateful/cancelPayment/again", group: "stateful", operationId: OP.cancelPayment, title: "canceling a canceled payment again changes nothing", run: (ctx) => cancelTwice(ctx, lifecycle) },
    { id: "stateful/createRefund/limits", group: "stateful", operationId: OP.createRefund, title: "refunds never exceed the amount and amount_refunded adds up", run: (ctx) => refunds(ctx, lifecycle) },
    { id: "stateful/cancelPayment/after-success", group: "stateful", operationId: OP.cancelPayment, title: "a succeeded payment cannot be canceled", run: (ctx) => cancelAfterSuccess(ctx, lifecycle) },
  ];
}

async function followReadLinks(ctx: CaseContext, lifecycle: Lifecycle): Promise<void> {
  const { payment, exchange } = await createPayment(ctx, lifecycle);
  const create = ctx.op(OP.createPayment);
  for (const link of linksOf(create, exchange)) {
    const { target, pathParams, query } = linkCall(ctx, link, exchange);
    if (target.method !== "get") continue; // state-changing links have their own cases
    const ex = await ctx.call(target, { pathParams, query });
    ctx.check("resource_availability", target.operationId, ex.response.status >= 200 && ex.response.status < 300,
      `link ${create.operationId} → ${link.name} answered ${ex.response.status} for the payment just created`);
    const read = asPayment(ex);
    if (read !== undefined && read.id === payment.id) {
      lifecycle.observe(ctx, target.operationId, read);
      for (const field of ["amount", "currency"] as const) {
        const created = (exchange.response.json as Record<string, unknown>)[field];
        ctx.check("created_resource_matches", target.operationId, JSON.stringify((ex.response.json as Record<string, unknown>)[field]) === JSON.stringify(created),
          `${field} reads ${JSON.stringify((ex.response.json as Record<string, unknown>)[field])}, created as ${JSON.stringify(created)}`);
      }
    }
    if (isPaymentList(ctx, target.operationId)) {
      // Filtered by something the payment has, newest first: the new payment is on the first page.
      ctx.check("resource_listed", target.operationId, idsOf(listItems(ex)).includes(payment.id), `${payment.id} is not on the first page of ${target.operationId} (${JSON.stringify(query)})`);
    }
  }
}

/** Whether `operationId` lists payments: its items are of the schema createPayment returns. */
function isPaymentList(ctx: CaseContext, operationId: string): boolean {
  const created = ctx.op(OP.createPayment).responses["201"]?.schema;
  const items = (ctx.op(operationId).responses["200"]?.schema as any)?.properties?.data?.items;
  return created !== undefined && JSON.stringify(items) === JSON.stringify(created);
}

async function cancelTwice(ctx: CaseContext, lifecycle: Lifecycle): Promise<void> {
  const { payment } = await createPayment(ctx, lifecycle);
  const cancel = ctx.op(OP.cancelPayment);
  const first = await ctx.call(cancel, { pathParams: { payment_id: payment.id }, body: {}, headers: { "Idempotency-Key": randomUUID() } });
  ctx.check("state_change_accepted", cancel.operationId, first.response.status >= 200 && first.response.status < 300, `canceling a new (pending) payment answered ${first.response.status}`);
  const canceled = asPayment(first);
  lifecycle.observe(ctx, cancel.operationId, canceled);
  if (canceled === undefined || !lifecycle.isFinal(canceled.status)) return;
  // The spec: "Cancelling an already canceled payment returns it unchanged" — idempotent, and nothing moves.
  const again = await ctx.call(cancel, { pathParams: { payment_id: payment.id }, body: {}, headers: { "Idempotency-Key": randomUUID() } });
  ctx.check("cancel_idempotent", cancel.operationId, again.response.status === first.response.status && JSON.stringify(again.response.json) === JSON.stringify(first.response.json),
    `canceling the payment again answered ${again.response.status}${again.response.status === first.response.status ? " with a changed payment" : ""}; the spec says it returns the canceled payment unchanged`);
  lifecycle.observe(ctx, cancel.operationId, asPayment(again));
}

async function succeeded(ctx: CaseContext, lifecycle: Lifecycle) {
  if (ctx.completePayment === undefined) ctx.skip("no way to complete a payment on this server, so the refund and lifecycle rules went unchecked: pass --complete-payment MODULE (completePayment to runConformance); the sandbox's controls are used when present");
  const { payment } = await createPayment(ctx, lifecycle);
  await ctx.completePayment(payment.id);
  const read = await ctx.call(ctx.op(OP.getPayment), { pathParams: { payment_id: payment.id } });
  const paid = asPayment(read);
  lifecycle.observe(ctx, OP.getPayment, paid);
  if (paid === undefined) ctx.skip(`could not read the payment after completing it (${read.response.status})`);
  return paid;
}

async function refunds(ctx: CaseContext, lifecycle: Lifecycle): Promise<void> {
  const paid = await succeeded(ctx, lifecycle);
  const refund = ctx.op(OP.createRefund);
  const get = ctx.op(OP.getPayment);
  const send = (amount: number) => ctx.call(refund, { pathParams: { payment_id: paid.id }, body: { amount }, headers: { "Idempotency-Key": randomUUID() } });
  const refused = (status: number) => status >= 400 && status < 500;
  // amount_refunded must be the sum of the refunds the server accepted — also when it accepted one it should not have
  // (refund_limits reports that); so each defect is reported once, by the check that is about it.
  let accepted = 0;
  const attempt = async (amount: number) => {
    const ex = await send(amount);
    if (ex.response.status >= 200 && ex.response.status < 300) accepted += amount;
    return ex;
  };
  const accounted = async (after: string) => {
    const read = asPayment(await ctx.call(get, { pathParams: { payment_id: paid.id } }));
    lifecycle.observe(ctx, get.operationId, read);
    ctx.check("refund_accounting", get.operationId, read?.amount_refunded === accepted, `after ${after}, amount_refunded is ${read?.amount_refunded}; the refunds accepted add up to ${accepted}`);
  };
  const over = await attempt(paid.amount + 1);
  ctx.check("refund_limits", refund.operationId, refused(over.response.status), `a refund of ${paid.amount + 1} on a payment of ${paid.amount} answered ${over.response.status}`);
  const part = Math.max(1, Math.floor(paid.amount / 3));
  const first = await attempt(part);
  ctx.check("state_change_accepted", refund.operationId, first.response.status >= 200 && first.response.status < 300, `a refund of ${part} of ${paid.amount} answered ${first.response.status}`);
  await accounted(`a refund of ${part}`);
  const rest = paid.amount - accepted;
  if (rest > 0) {
    const beyond = await attempt(rest + 1);
    ctx.check("refund_limits", refund.operationId, refused(beyond.response.status), `a refund of ${rest + 1} with ${rest} left answered ${beyond.response.status}`);
    if (paid.amount - accepted > 0) await attempt(paid.amount - accepted);
  }
  await accounted("the refunds above");
  const refundId = (first.response.json as { id?: unknown } | undefined)?.id;
  for (const link of linksOf(refund, first)) {
    const { target, pathParams, query } = linkCall(ctx, link, first);
    const ex = await ctx.call(target, { pathParams, query });
    ctx.check("resource_availability", target.operationId, ex.response.status >= 200 && ex.response.status < 300, `link ${refund.operationId} → ${link.name} answered ${ex.response.status}`);
  }
  const list = await ctx.call(ctx.op(OP.listRefunds), { pathParams: { payment_id: paid.id } });
  ctx.check("resource_listed", OP.listRefunds, typeof refundId === "string" && idsOf(listItems(list)).includes(refundId), `refund ${String(refundId)} is not listed for ${paid.id}`);
}

async function cancelAfterSuccess(ctx: CaseContext, lifecycle: Lifecycle): Promise<void> {
  const paid = await succeeded(ctx, lifecycle);
  const cancel = ctx.op(OP.cancelPayment);
  const ex = await ctx.call(cancel, { pathParams: { payment_id: paid.id }, body: {}, headers: { "Idempotency-Key": randomUUID() } });
  lifecycle.observe(ctx, cancel.operationId, asPayment(ex));
  const after = asPayment(await ctx.call(ctx.op(OP.getPayment), { pathParams: { payment_id: paid.id } }));
  lifecycle.observe(ctx, OP.getPayment, after);
}
