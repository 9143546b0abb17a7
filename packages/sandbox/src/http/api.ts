// One API request, in the order a real API checks it: rate limit, route, body, credential, the spec's
// schemas, idempotency, then the operation's handler. Every answer carries X-Request-Id and the rate-limit
// headers; every error is the spec's envelope with the status the spec documents for its code.
import type { IncomingMessage, ServerResponse } from "node:http";
import { successStatus } from "../../../../generated/server-table.ts";
import { handlers } from "../api/handlers.ts";
import type { SandboxContext } from "../context.ts";
import { newId } from "../ids.ts";
import type { StoredResponse } from "../state.ts";
import { ApiFailure } from "./api-error.ts";
import { checkAccessToken, checkSecretKey } from "./auth.ts";
import { parseJson, readBody } from "./body.ts";
import { redactCredentials } from "./redact.ts";
import { fingerprintOf, withIdempotency } from "./idempotency.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { sendJson } from "./respond.ts";
import { type Route, matchRoute } from "./routes.ts";
import { validateRequest } from "./validate.ts";

export async function handleApi(ctx: SandboxContext, limiter: RateLimiter, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const headers: Record<string, string> = ctx.faults.has("missing-header") ? {} : { "X-Request-Id": newId("req_") };
  let response: StoredResponse;
  let route: Route | undefined;
  try {
    Object.assign(headers, limiter.take(req.socket.remoteAddress ?? "unknown"));
    route = matchRoute(req.method ?? "GET", url.pathname);
    response = await answer(ctx, req, url, route);
  } catch (error) {
    response = failure(error, headers, route?.op.idempotent === true);
  }
  const body = response.status >= 400 ? redactCredentials(ctx, response.body) : response.body;
  sendJson(res, response.status, body, headers, ctx.faults.has("wrong-content-type") ? "text/plain; charset=utf-8" : undefined);
}

async function answer(ctx: SandboxContext, req: IncomingMessage, url: URL, route: Route | undefined): Promise<StoredResponse> {
  const method = req.method ?? "GET";
  if (route === undefined) {
    await readBody(req).catch(() => undefined);
    // The fault: a catch-all left to the web framework, whose default 404 body is not the API's envelope.
    if (ctx.faults.has("unknown-route-not-404")) return { status: 404, body: { message: `Route ${method}:${url.pathname} not found`, error: "Not Found", statusCode: 404 } };
    throw new ApiFailure("not_found", `No route ${method} ${url.pathname}: the sandbox serves exactly the operations of openapi.yaml.`);
  }
  const raw = await readBody(req);
  if (route.op.auth === "secretKey") checkSecretKey(req.headers, ctx.settings.secretKey);
  else if (route.op.auth === "accessToken") checkAccessToken(req.headers, method, ctx.state, ctx.clock.now(), ctx.settings.secretKey, ctx.faults);
  const body = route.op.hasBody ? parseJson(raw, req.headers["content-type"]) : undefined;
  if (route.op.bodyRequired && body === undefined) throw new ApiFailure("invalid_request", "This operation needs a JSON request body.");
  const query = validateRequest({
    operationId: route.operationId,
    pathParams: route.pathParams,
    query: url.searchParams,
    headers: req.headers,
    body,
    hasBody: body !== undefined,
    faults: ctx.faults,
  });
  const handler = handlers[route.operationId];
  if (handler === undefined) throw new Error(`the sandbox has no handler for ${route.operationId}`);
  const run = async (): Promise<StoredResponse> => {
    try {
      const status = ctx.faults.has("wrong-success-status") && route.operationId === "createPayment" ? 200 : successStatus[route.operationId]!;
      return { status, body: await handler(ctx, { pathParams: route.pathParams, query, body }) };
    } catch (error) {
      if (error instanceof ApiFailure) return { status: error.status, body: error.body };
      throw error;
    }
  };
  const key = route.op.idempotent && !ctx.faults.has("idempotency-ignored") ? headerValue(req.headers["idempotency-key"]) : undefined;
  return withIdempotency(ctx.state, key, fingerprintOf(route.operationId, route.pathParams, body), ctx.clock.now(), run);
}

/** `takesKey`: the operation takes an Idempotency-Key, so a retry with the same key is the advice; a GET's is not. */
function failure(error: unknown, headers: Record<string, string>, takesKey: boolean): StoredResponse {
  if (error instanceof ApiFailure) {
    Object.assign(headers, error.headers);
    return { status: error.status, body: error.body };
  }
  // A defect of the sandbox itself: the spec's 500, and the cause on the sandbox's stderr.
  console.error("payconnect sandbox: internal error:", error);
  const internal = new ApiFailure("internal_error", `The sandbox failed on this request (see its log).${takesKey ? " Retry with the same Idempotency-Key." : ""}`);
  return { status: internal.status, body: internal.body };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}
