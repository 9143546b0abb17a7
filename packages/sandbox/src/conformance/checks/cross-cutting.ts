// Cross-cutting cases: what every operation of a payment API must do whatever its body — refuse a request
// without a valid access token, honour Idempotency-Key, answer an unknown route and malformed JSON with the error
// envelope, and enforce the rate limit with Retry-After (last: it spends the budget).
import { randomUUID } from "node:crypto";
import { isRetryAfter } from "../../../../../src/transport/retry-timing.ts";
import { type Case, type CaseContext, NO_OPERATION } from "../case.ts";
import { RawBody } from "../http.ts";
import { OP } from "../payments.ts";
import type { SpecOperation } from "../spec.ts";

/** Path parameters that match their schemas, so auth is checked before anything else can refuse the request. */
function samplePath(op: SpecOperation): Record<string, string> {
  return Object.fromEntries(op.parameters.filter((p) => p.in === "path").map((p) => [p.name, String(((p.schema as any)?.examples ?? [])[0] ?? "x")]));
}

function sampleBody(op: SpecOperation): unknown {
  return op.body === undefined ? undefined : op.body.examples[0] ?? {};
}

export function authCases(ops: SpecOperation[]): Case[] {
  const secured = ops.filter((o) => o.security.includes("accessToken"));
  const firstOf = (method: string) => secured.find((o) => (method === "get" ? o.method === "get" : o.method !== "get"));
  const out: Case[] = ops.filter((o) => o.security.length > 0).map((op) => ({
    id: `cross-cutting/${op.operationId}/no-token`, group: "cross-cutting" as const, operationId: op.operationId, title: "no credential → 401",
    run: (ctx: CaseContext) => unauthorized(ctx, op, "none", "without an Authorization header"),
  }));
  for (const op of [firstOf("get"), firstOf("post")]) {
    if (op === undefined) continue;
    out.push(
      { id: `cross-cutting/${op.operationId}/malformed-token`, group: "cross-cutting", operationId: op.operationId, title: "a malformed token → 401", run: (ctx) => unauthorized(ctx, op, { bearer: "not-a-real-token" }, "with a malformed token") },
      { id: `cross-cutting/${op.operationId}/secret-key-as-token`, group: "cross-cutting", operationId: op.operationId, title: "the secret key as an access token → 401", run: (ctx) => unauthorized(ctx, op, { bearer: ctx.http.secretKey }, "with the secret key in place of an access token") },
    );
  }
  return out;
}

async function unauthorized(ctx: CaseContext, op: SpecOperation, auth: "none" | { bearer: string }, how: string): Promise<void> {
  const ex = await ctx.call(op, { pathParams: samplePath(op), body: sampleBody(op), auth, headers: op.idempotent ? { "Idempotency-Key": randomUUID() } : {} });
  ctx.check("ignored_auth", op.operationId, ex.response.status === 401, `${op.method.toUpperCase()} ${op.path} ${how} answered ${ex.response.status}; expected 401`);
}

export function protocolCases(): Case[] {
  return [
    { id: "cross-cutting/createPayment/idempotency", group: "cross-cutting", operationId: OP.createPayment, title: "a retry with the same Idempotency-Key replays; another body with it is refused", run: idempotency },
    { id: "cross-cutting/unknown-route", group: "cross-cutting", operationId: NO_OPERATION, title: "an unknown route → 404 with the error envelope", run: unknownRoute },
    { id: "cross-cutting/createPayment/malformed-json", group: "cross-cutting", operationId: OP.createPayment, title: "malformed JSON → 400 with the error envelope", run: malformedJson },
  ];
}

async function idempotency(ctx: CaseContext): Promise<void> {
  const op = ctx.op(OP.createPayment);
  const key = randomUUID();
  const body = op.body?.examples[0] ?? {};
  const first = await ctx.call(op, { body, headers: { "Idempotency-Key": key } });
  if (first.response.status >= 300) ctx.skip(`the first request answered ${first.response.status}`);
  const replay = await ctx.call(op, { body, headers: { "Idempotency-Key": key } });
  const id = (ex: typeof first) => (ex.response.json as { id?: unknown } | undefined)?.id;
  ctx.check("idempotency_replay", op.operationId, replay.response.status === first.response.status && id(replay) === id(first),
    `the same request with the same Idempotency-Key answered ${replay.response.status} ${String(id(replay))}, the first ${first.response.status} ${String(id(first))}: a retry created a second resource`);
  const other = op.body?.examples.find((e) => JSON.stringify(e) !== JSON.stringify(body));
  if (other === undefined) return;
  const conflict = await ctx.call(op, { body: other, headers: { "Idempotency-Key": key } });
  ctx.check("idempotency_conflict", op.operationId, conflict.response.status === 409,
    `another body with a used Idempotency-Key answered ${conflict.response.status}; expected 409`);
}

/** A route no spec path matches; the 404 body is held to the schema the spec gives its 404 responses. */
async function unknownRoute(ctx: CaseContext): Promise<void> {
  const withNotFound = ctx.spec.operations.find((o) => o.responses["404"]?.schema !== undefined);
  const path = `/v1/conformance-unknown-route-${randomUUID().slice(0, 8)}`;
  const ex = await ctx.http.send({ method: "GET", path, auth: "token" });
  ctx.exchanges.push(ex);
  ctx.check("unknown_route", NO_OPERATION, ex.response.status === 404, `GET ${path} answered ${ex.response.status}; expected 404`);
  if (withNotFound !== undefined) {
    const errors = ctx.schemas.errors(withNotFound.responses["404"]!.schema!, ex.response.json);
    ctx.check("unknown_route", NO_OPERATION, errors.length === 0, `the 404 body is not the error envelope: ${errors.join("; ") || ex.response.body.slice(0, 120)}`);
  }
}

async function malformedJson(ctx: CaseContext): Promise<void> {
  const op = ctx.op(OP.createPayment);
  const ex = await ctx.call(op, { body: new RawBody('{"amount": '), headers: { "Idempotency-Key": randomUUID() } });
  ctx.check("malformed_body_rejection", op.operationId, ex.response.status === 400, `a body that is not JSON answered ${ex.response.status}; expected 400`);
}

/** Sends a cheap read until the server says 429, at most the remaining budget + 5 requests. */
export function rateLimitCase(): Case {
  return {
    id: "cross-cutting/rate-limit", group: "cross-cutting", operationId: OP.getPayment, title: "over the rate limit → 429 with Retry-After",
    run: async (ctx) => {
      const op = ctx.op(OP.getPayment);
      const pathParams = samplePath(op);
      const probe = await ctx.call(op, { pathParams, acceptRateLimit: true });
      const remaining = Number(probe.response.headers["x-ratelimit-remaining"]);
      if (!Number.isFinite(remaining)) ctx.skip("the server sends no X-RateLimit-Remaining header; cannot tell how many requests reach the limit");
      if (remaining > 1000) ctx.skip(`X-RateLimit-Remaining is ${remaining}: too many requests to spend in a test run`);
      for (let i = 0; i <= remaining + 5; i++) {
        const ex = await ctx.call(op, { pathParams, acceptRateLimit: true });
        if (ex.response.status !== 429) continue;
        const retryAfter = ex.response.headers["retry-after"];
        ctx.check("rate_limit", op.operationId, isRetryAfter(retryAfter), retryAfter === undefined
          ? "429 without a Retry-After header"
          : `429 with Retry-After "${retryAfter.slice(0, 60)}", which is neither delay seconds (digits) nor an HTTP date (RFC 9110)`);
        return;
      }
      ctx.check("rate_limit", op.operationId, false, `${remaining + 6} requests after X-RateLimit-Remaining: ${remaining} and no 429`);
    },
  };
}
