// The sandbox controls under /_sandbox/ (described by controls.yaml): complete a payment, advance the
// clock, revoke tokens, read the delivery log, resend or trigger an event.
import type { IncomingMessage, ServerResponse } from "node:http";
import { enums } from "../../../../generated/server-table.ts";
import { type Outcome, complete } from "../api/lifecycle.ts";
import { TEST_CARDS } from "../checkout/cards.ts";
import type { SandboxContext } from "../context.ts";
import { ApiFailure, notFound } from "../http/api-error.ts";
import { parseJson, readBody } from "../http/body.ts";
import { redactCredentials } from "../http/redact.ts";
import { sendJson } from "../http/respond.ts";
import { decodeSegment } from "../http/routes.ts";
import { isoSeconds } from "../ids.ts";
import type { Deliverer } from "../webhooks/deliver.ts";
import { hasCredentials } from "../options.ts";
import type { ControlOperation } from "./document.ts";
import { trigger } from "./trigger.ts";

export const CONTROLS_PREFIX = "/_sandbox/";

type Control = (ctx: SandboxContext, deliverer: Deliverer, input: { params: string[]; body: Record<string, unknown>; query: URLSearchParams }) => unknown;

const controls: Record<string, Control> = {
  getStatus: (ctx, deliverer) => ({
    now: isoSeconds(ctx.clock.now()),
    base_url: ctx.settings.baseUrl,
    webhook_endpoints: [...deliverer.endpoints()],
    payments: ctx.state.payments.size,
    events: ctx.state.events.size,
    access_tokens: ctx.state.tokensIssued,
  }),
  async advanceClock(ctx, _d, { body }) {
    await ctx.clock.advance(Number(body.seconds) * 1000);
    return { now: isoSeconds(ctx.clock.now()) };
  },
  completePayment(ctx, _d, { params, body }) {
    const outcomes = TEST_CARDS.map((c) => c.outcome) as string[];
    if (!outcomes.includes(String(body.outcome))) {
      throw new ApiFailure("invalid_request", `outcome must be one of ${outcomes.join(", ")}.`, "/outcome");
    }
    const payment = complete(ctx, params[0]!, body.outcome as Outcome);
    if (payment === undefined) throw notFound("payment", params[0]!, "/payment_id");
    return payment;
  },
  revokeTokens(ctx) {
    let revoked = 0;
    for (const token of ctx.state.tokens.values()) if (!token.revoked) (token.revoked = true), revoked++;
    return { revoked };
  },
  listDeliveries: (_ctx, deliverer, { query }) => ({ object: "list", data: deliverer.log({ event_id: query.get("event_id") ?? undefined }) }),
  resendEvent(ctx, deliverer, { params, body }) {
    const event = ctx.state.events.get(params[0]!);
    if (event === undefined) throw notFound("event", params[0]!, "/event_id");
    const to = forwardTo(body);
    const endpoints = to !== undefined ? [to] : [...deliverer.endpoints()];
    if (endpoints.length === 0) throw new ApiFailure("invalid_request", "No webhook endpoint is configured: pass forward_to, or start the sandbox with --forward-to.", "/forward_to");
    deliverer.send(event, endpoints);
    return { event, endpoints };
  },
  triggerEvent(ctx, deliverer, { body }) {
    const to = forwardTo(body);
    const types = enums.EventType ?? [];
    if (!types.includes(String(body.type))) throw new ApiFailure("invalid_request", `type must be one of ${types.join(", ")}.`, "/type");
    const events = trigger(ctx, String(body.type));
    const event = events.at(-1)!;
    // The configured endpoints got the event when it was created; forward_to gets it as well.
    if (to !== undefined) deliverer.send(event, [to]);
    return { event, events, endpoints: [...deliverer.endpoints(), ...(to !== undefined ? [to] : [])] };
  },
};

/** The body's forward_to (format and scheme checked by controls.yaml); one with user:pass@ cannot be sent to. */
function forwardTo(body: Record<string, unknown>): string | undefined {
  if (typeof body.forward_to !== "string") return undefined;
  if (hasCredentials(body.forward_to)) {
    throw new ApiFailure("invalid_request", "forward_to must not carry a user name or password (user:pass@); deliveries cannot send them.", "/forward_to");
  }
  return body.forward_to;
}

/** The query as controls.yaml declares it: known names, each once, each valid. */
function checkQuery(op: ControlOperation, search: URLSearchParams): void {
  const query = new Map<string, string>();
  for (const [name, value] of search) {
    if (query.has(name)) throw new ApiFailure("invalid_request", `Query parameter ${name} is given twice; give it once.`, `/${name}`);
    query.set(name, value);
  }
  if (!op.validateQuery(Object.fromEntries(query))) {
    const e = op.validateQuery.errors?.[0];
    const where = e?.keyword === "additionalProperties" ? `/${String(e.params.additionalProperty)}` : e?.instancePath || undefined;
    throw new ApiFailure("invalid_request", `${where ?? "query"} ${e?.keyword === "additionalProperties" ? "is not a parameter of this control" : (e?.message ?? "is invalid")} (see controls.yaml).`, where);
  }
}

export async function handleControl(ctx: SandboxContext, deliverer: Deliverer, ops: ControlOperation[], req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  try {
    // The controls take no credential, so a web page of another origin must not drive them: browsers name the
    // page's origin on every cross-origin POST, even a "simple" one that needs no preflight.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== new URL(ctx.settings.baseUrl).origin) {
      throw new ApiFailure("forbidden", "The sandbox controls do not serve web pages of other origins; call them from the CLI, a test or curl.");
    }
    const raw = await readBody(req);
    const method = req.method ?? "GET";
    const op = ops.find((o) => o.method === method && o.pattern.test(url.pathname));
    if (op === undefined) throw new ApiFailure("not_found", `No sandbox control ${method} ${url.pathname}; see controls.yaml.`);
    const params = (op.pattern.exec(url.pathname) ?? []).slice(1).map(decodeSegment);
    if (params.includes(undefined)) throw new ApiFailure("not_found", `No sandbox object at ${url.pathname}: a path segment is not valid percent-encoding.`);
    checkQuery(op, url.searchParams);
    const body = (parseJson(raw, req.headers["content-type"]) ?? {}) as Record<string, unknown>;
    if (op.bodyRequired && raw.length === 0) throw new ApiFailure("invalid_request", `${op.operationId} needs a JSON body (see controls.yaml).`);
    if (op.validateBody && raw.length > 0 && !op.validateBody(body)) {
      const e = op.validateBody.errors?.[0];
      throw new ApiFailure("invalid_request", `${e?.instancePath || "body"} ${e?.message ?? "is invalid"} (see controls.yaml).`, e?.instancePath || undefined);
    }
    const result = await controls[op.operationId]!(ctx, deliverer, { params: params as string[], body, query: url.searchParams });
    sendJson(res, op.operationId === "resendEvent" || op.operationId === "triggerEvent" ? 202 : 200, result, {});
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    sendJson(res, error.status, redactCredentials(ctx, error.body), {});
  }
}
