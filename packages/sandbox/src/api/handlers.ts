// One handler per operationId of the spec. The server validates every request with the generated
// validators before a handler runs, so handlers hold only what a schema cannot say: state and lifecycle.
// test/sandbox/handlers.test.ts fails when the spec gains an operation that has no handler here.
import type { CreatePaymentRequest, CreateRefundRequest, Event, Payment, Refund } from "../../../../generated/models.ts";
import { queryParams } from "../../../../generated/server-table.ts";
import type { SandboxContext } from "../context.ts";
import { serialized } from "../faults.ts";
import { ApiFailure, notFound } from "../http/api-error.ts";
import { isoSeconds, newId } from "../ids.ts";
import { SESSION_MS, current, scheduleExpiry } from "./lifecycle.ts";
import { paginate } from "./paginate.ts";
import { TOKEN_LIFETIME_MS, issueToken } from "./tokens.ts";

export interface HandlerInput {
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

export type Handler = (ctx: SandboxContext, input: HandlerInput) => unknown;

/** An absolute http:// or https:// URL: the only places a customer may be sent to. */
export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);

const defaultLimit = (operationId: string): number => Number(queryParams[operationId]?.limit?.default ?? 10);

function paymentOr404(ctx: SandboxContext, id: string): Payment {
  const found = ctx.state.payments.get(id);
  if (found === undefined) throw notFound("payment", id, "/payment_id");
  return current(ctx, found);
}

export const handlers: Record<string, Handler> = {
  createAccessToken(ctx, { body }) {
    const scope = [...new Set(String((body as { scope: string }).scope).split(" "))];
    const access_token = issueToken(ctx.state, ctx.clock.now(), scope);
    return { access_token, token_type: "Bearer", expires_in: TOKEN_LIFETIME_MS / 1000, scope: scope.join(" ") };
  },

  createPayment(ctx, { body }) {
    const req = body as CreatePaymentRequest;
    // "format: uri" admits javascript:, data: and file: URLs; the page redirects the customer there, so only
    // the http(s) URLs the spec asks for are taken.
    if (req.return_url !== undefined && !isWebUrl(req.return_url)) {
      throw new ApiFailure("invalid_request", "return_url must be an https:// URL of your site (http:// for local testing).", "/return_url");
    }
    const id = newId("pay_");
    const created = ctx.clock.now();
    const payment: Payment = {
      id,
      status: "pending",
      amount: req.amount,
      amount_refunded: 0,
      currency: req.currency,
      description: req.description ?? null,
      customer: { ...req.customer },
      metadata: { ...(req.metadata ?? {}) },
      confirmation_url: `${ctx.settings.baseUrl}/checkout/${id}`,
      return_url: req.return_url ?? null,
      created_at: isoSeconds(created),
      expires_at: isoSeconds(created + SESSION_MS),
      failure: null,
    };
    ctx.state.payments.add(payment);
    scheduleExpiry(ctx, payment);
    return payment;
  },

  getPayment: (ctx, { pathParams }) => serialized(ctx.faults, "getPayment", paymentOr404(ctx, pathParams.payment_id!)),

  listPayments(ctx, { query }) {
    const gte = typeof query.created_gte === "string" ? Date.parse(query.created_gte) : -Infinity;
    const lt = typeof query.created_lt === "string" ? Date.parse(query.created_lt) : Infinity;
    const all = [...ctx.state.payments.newestFirst()].slice(ctx.faults.has("list-omits-newest") ? 1 : 0).map((p) => current(ctx, p));
    const matching = all.filter(
      (p) =>
        (query.status === undefined || p.status === query.status) &&
        (query.customer_email === undefined || p.customer.email === query.customer_email) &&
        Date.parse(p.created_at) >= gte &&
        Date.parse(p.created_at) < lt,
    );
    return paginate(matching, query, defaultLimit("listPayments"), "payment");
  },

  cancelPayment(ctx, { pathParams }) {
    const payment = paymentOr404(ctx, pathParams.payment_id!);
    if (payment.status === "canceled" && !ctx.faults.has("cancel-twice")) return payment;
    if (payment.status !== "pending" && !(payment.status === "succeeded" && ctx.faults.has("illegal-transition"))) {
      const advice = payment.status === "succeeded" || payment.status === "partially_refunded" ? " Refund it instead." : "";
      throw new ApiFailure("payment_not_cancelable", `Only pending payments can be canceled; this payment is ${payment.status}.${advice}`);
    }
    const canceled: Payment = { ...payment, status: "canceled", confirmation_url: null };
    ctx.state.payments.set(canceled);
    return canceled;
  },

  createRefund(ctx, { pathParams, body }) {
    const payment = paymentOr404(ctx, pathParams.payment_id!);
    const req = (body ?? {}) as CreateRefundRequest;
    const refundable = payment.status === "succeeded" || payment.status === "partially_refunded" ? payment.amount - payment.amount_refunded : 0;
    if (refundable === 0) {
      const why = payment.status === "refunded" ? "it is already refunded in full" : `it is ${payment.status}; only succeeded payments can be refunded`;
      throw new ApiFailure("refund_exceeds_payment", `Nothing can be refunded on this payment: ${why}.`, "/amount");
    }
    const amount = req.amount ?? refundable;
    if (amount > refundable && !ctx.faults.has("refund-over-amount")) throw new ApiFailure("refund_exceeds_payment", `At most ${refundable} (in minor units of ${payment.currency}) can still be refunded on this payment.`, "/amount");
    const refund: Refund = {
      id: newId("re_"),
      payment_id: payment.id,
      status: "succeeded",
      amount,
      currency: payment.currency,
      reason: req.reason ?? null,
      metadata: { ...(req.metadata ?? {}) },
      created_at: isoSeconds(ctx.clock.now()),
    };
    ctx.state.refunds.add(refund);
    const amount_refunded = payment.amount_refunded + (ctx.faults.has("refund-not-counted") ? 0 : amount);
    const updated: Payment = { ...payment, amount_refunded, status: amount_refunded === payment.amount ? "refunded" : "partially_refunded" };
    ctx.state.payments.set(updated);
    ctx.emit("payment.refunded", updated);
    return refund;
  },

  listRefunds(ctx, { pathParams, query }) {
    const payment = paymentOr404(ctx, pathParams.payment_id!);
    const own = [...ctx.state.refunds.newestFirst()].filter((r) => r.payment_id === payment.id);
    return paginate(own, query, defaultLimit("listRefunds"), "refund");
  },

  getRefund(ctx, { pathParams }) {
    const refund = ctx.state.refunds.get(pathParams.refund_id!);
    if (refund === undefined) throw notFound("refund", pathParams.refund_id!, "/refund_id");
    return refund;
  },

  listEvents(ctx, { query }) {
    const matching = [...ctx.state.events.newestFirst()].filter(
      (e: Event) => (query.type === undefined || e.type === query.type) && (query.payment_id === undefined || e.data.object.id === query.payment_id),
    );
    return paginate(matching, query, defaultLimit("listEvents"), "event");
  },

  getEvent(ctx, { pathParams }) {
    const event = ctx.state.events.get(pathParams.event_id!);
    if (event === undefined) throw notFound("event", pathParams.event_id!, "/event_id");
    return event;
  },
};
