// Creating a payment and following the spec's links from a response: the building blocks of the stateful cases.
import { randomUUID } from "node:crypto";
import type { CaseContext } from "../case.ts";
import type { Exchange } from "../http.ts";
import { isObjectJson, readExpression } from "../json.ts";
import { type Lifecycle, OP, type PaymentView, asPayment } from "../payments.ts";
import type { SpecLink, SpecOperation } from "../spec.ts";

/** Creates a payment from the spec's first request example, with a fresh Idempotency-Key. */
export async function createPayment(ctx: CaseContext, lifecycle: Lifecycle): Promise<{ payment: PaymentView; exchange: Exchange }> {
  const op = ctx.op(OP.createPayment);
  const exchange = await ctx.call(op, { body: op.body?.examples[0] ?? {}, headers: { "Idempotency-Key": randomUUID() } });
  const payment = asPayment(exchange);
  if (exchange.response.status >= 300 || payment === undefined) ctx.skip(`could not create a payment to start from (${exchange.response.status})`);
  lifecycle.observe(ctx, op.operationId, payment);
  return { payment, exchange };
}

/** The links of `op`'s response to `ex` (by its status). */
export function linksOf(op: SpecOperation, ex: Exchange): SpecLink[] {
  return op.responses[String(ex.response.status)]?.links ?? [];
}

/** The request a link makes: path and query parameters from the response body. */
export function linkCall(ctx: CaseContext, link: SpecLink, ex: Exchange): { target: SpecOperation; pathParams: Record<string, string>; query: Record<string, string> } {
  const target = ctx.op(link.operationId);
  const pathParams: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const [name, expression] of Object.entries(link.parameters)) {
    const value = readExpression(expression, ex.response.json);
    ctx.check("link_parameters_available", link.operationId, value !== undefined && value !== null,
      `link ${link.name}: ${expression} is missing in the ${ex.response.status} response`);
    const param = target.parameters.find((p) => p.name === name);
    if (param?.in === "path") pathParams[name] = String(value);
    else query[name] = String(value);
  }
  return { target, pathParams, query };
}

/** The `data` array of a list response, if it is one. */
export function listItems(ex: Exchange): unknown[] {
  const body = ex.response.json;
  return isObjectJson(body) && Array.isArray(body.data) ? body.data : [];
}

export function idsOf(items: unknown[]): string[] {
  return items.flatMap((i) => (isObjectJson(i) && typeof i.id === "string" ? [i.id] : []));
}
