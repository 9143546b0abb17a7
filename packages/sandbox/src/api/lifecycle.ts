// The payment lifecycle exactly as the spec documents it: `pending` → `succeeded` | `failed` | `expired`
// (30 minutes after creation, on the sandbox clock) | `canceled`; refunds move a succeeded payment to
// `partially_refunded` / `refunded`. Succeeded, failed and refunded are sent as webhooks.
import type { Payment, PaymentFailureCode } from "../../../../generated/models.ts";
import type { SandboxContext } from "../context.ts";
import { failureMessage } from "../checkout/cards.ts";

/** How long a customer has to pay (`expires_at` = `created_at` + 30 minutes). */
export const SESSION_MS = 30 * 60 * 1000;

export type Outcome = "succeeded" | PaymentFailureCode;

/**
 * Every status this lifecycle moves a payment to. PaymentStatus is a growable enum: a value the spec gains
 * later is valid before the sandbox produces it (a test checks that each of these is in the spec).
 */
export const STATUSES: readonly Payment["status"][] = ["pending", "succeeded", "failed", "expired", "canceled", "partially_refunded", "refunded"];

/** A payment that is still pending but whose session has ended becomes `expired` (no webhook: the spec sends none). */
export function current(ctx: SandboxContext, payment: Payment): Payment {
  if (payment.status === "pending" && ctx.clock.now() >= Date.parse(payment.expires_at)) {
    const expired: Payment = { ...payment, status: "expired", confirmation_url: null };
    ctx.state.payments.set(expired);
    return expired;
  }
  return payment;
}

/** Ends a pending payment with the customer's outcome and sends its webhook; false when it is no longer pending. */
export function complete(ctx: SandboxContext, id: string, outcome: Outcome): Payment | undefined {
  const found = ctx.state.payments.get(id);
  if (found === undefined) return undefined;
  const payment = current(ctx, found);
  if (payment.status !== "pending") return payment;
  const done: Payment =
    outcome === "succeeded"
      ? { ...payment, status: "succeeded", confirmation_url: null, failure: null }
      : { ...payment, status: "failed", confirmation_url: null, failure: { code: outcome, message: failureMessage(outcome) } };
  ctx.state.payments.set(done);
  ctx.emit(done.status === "succeeded" ? "payment.succeeded" : "payment.failed", done);
  return done;
}

/** Schedules the payment's expiry on the sandbox clock, so `expired` shows up in lists and filters on time. */
export function scheduleExpiry(ctx: SandboxContext, payment: Payment): void {
  ctx.clock.at(Date.parse(payment.expires_at), () => {
    const now = ctx.state.payments.get(payment.id);
    if (now !== undefined) current(ctx, now);
  });
}
