// `payconnect trigger <type>`: creates what the event needs through the same handlers the API uses (a
// payment; paid, declined, or paid and refunded) and returns the events that result, oldest first: the
// requested one is last (a refund is preceded by the payment.succeeded it needs).
import type { Event } from "../../../../generated/models.ts";
import { handlers } from "../api/handlers.ts";
import { complete } from "../api/lifecycle.ts";
import type { SandboxContext } from "../context.ts";

export function trigger(ctx: SandboxContext, type: string): Event[] {
  const payment = handlers.createPayment!(ctx, {
    pathParams: {},
    query: {},
    body: { amount: 1000, currency: "RUB", description: `Sandbox: ${type}`, customer: { email: "customer@example.com" }, metadata: { trigger: type } },
  }) as { id: string };
  if (type === "payment.failed") complete(ctx, payment.id, "card_declined");
  else complete(ctx, payment.id, "succeeded");
  if (type === "payment.refunded") handlers.createRefund!(ctx, { pathParams: { payment_id: payment.id }, query: {}, body: {} });
  const events = [...ctx.state.events.newestFirst()].filter((e) => e.data.object.id === payment.id).reverse();
  if (events.at(-1)?.type !== type) throw new Error(`the sandbox cannot trigger ${type} yet: add it to packages/sandbox/src/controls/trigger.ts`);
  return events;
}
