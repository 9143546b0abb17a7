// The SDK errors for an attempt that got no response, built from the transport's error with every
// credential scrubbed from the message and from the cause chain. Advice about idempotency keys appears
// only where it applies: a GET is simply retried, so its errors do not mention keys (issue 10).
import { ConnectionError, RateLimitError, TimeoutError } from "../errors.js";
import { scrubError } from "./scrub-error.js";
import type { CoreRequest } from "./core-types.js";
import { isIdempotentMethod } from "./retry-policy.js";

export interface FailureContext {
  request: CoreRequest;
  /** Attempts made so far, this one included. */
  attempts: number;
  timeoutMs: number;
  /** Resending is safe: an Idempotency-Key is on the request, or it is the token exchange. */
  repeatable: boolean;
  /** Scrubs a text of every credential of the call (the client's and the token the call sent). */
  scrub: (text: string) => string;
  totalTimeoutMs?: number | undefined;
  /** What the last attempt got, e.g. "HTTP 503". */
  last?: string;
  /** The last attempt ended before it was sent, waiting for this. */
  waitingFor?: string | undefined;
  /** An earlier attempt of the call went out (then it was sent, whatever the last one did). */
  sentBefore?: boolean | undefined;
  /** Giving up before the deadline: how long the call ran, and how far off the next retry was. */
  early?: { elapsedMs: number; nextRetryMs: number };
}

export function timeoutFailure(cause: unknown, ctx: FailureContext): TimeoutError {
  const waiting = ctx.waitingFor ? ` waiting for ${ctx.waitingFor}${ctx.sentBefore ? "" : ", before the call was sent"}` : "";
  return new TimeoutError(`${where(ctx)} timed out after ${ctx.timeoutMs} ms${waiting}${tries(ctx)}; raise timeoutMs or retry later.${keyAdvice(ctx)}`, {
    cause: scrubError(cause, ctx.scrub),
  });
}

export function connectionFailure(cause: unknown, ctx: FailureContext): ConnectionError {
  return new ConnectionError(
    `${where(ctx)}: could not reach ${new URL(ctx.request.url).origin}${tries(ctx)}: ${ctx.scrub(describe(cause))}. ` +
      `Check the network and baseUrl.${keyAdvice(ctx)}`,
    { cause: scrubError(cause, ctx.scrub) },
  );
}

/** The call's totalTimeoutMs ran out: an attempt was cut, or the next retry could not start in time. */
export function deadlineFailure(cause: unknown, ctx: FailureContext): TimeoutError {
  const what = ctx.early
    ? `gave up after ${ctx.early.elapsedMs} ms: the next retry was due in ${ctx.early.nextRetryMs} ms, past totalTimeoutMs (${ctx.totalTimeoutMs} ms)`
    : `did not finish within totalTimeoutMs (${ctx.totalTimeoutMs} ms)`;
  return new TimeoutError(
    `${where(ctx)} ${what}${tries(ctx)}, last: ${ctx.last}.${keyAdvice(ctx)}`,
    { cause: scrubError(cause, ctx.scrub) },
  );
}

function keyAdvice({ request, repeatable }: FailureContext): string {
  const key = request.headers["idempotency-key"];
  if (key !== undefined) return ` Retry with idempotencyKey "${key}" so it cannot take effect twice.`;
  return !isIdempotentMethod(request.method) && !repeatable ? ` It was not retried: without an Idempotency-Key a ${request.method.toUpperCase()} could take effect twice.` : "";
}

function where({ request }: FailureContext): string {
  return `${request.method} ${new URL(request.url).pathname}`;
}

function tries({ attempts }: FailureContext): string {
  return attempts > 1 ? ` (${attempts} attempts)` : "";
}

export function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = causeCode(cause);
    return code !== undefined ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}

/** The system's code of a transport error (ECONNREFUSED), on it or on its cause as fetch puts it. */
export function causeCode(cause: unknown): string | undefined {
  if (!(cause instanceof Error)) return undefined;
  const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** The call could not get a slot of the rate budget in its time: a 429 of the SDK's own, nothing sent. */
export function overBudget(slotInMs: number, budget: string, where: string, timeoutMs: number, totalTimeoutMs: number | undefined): RateLimitError {
  const within = totalTimeoutMs === undefined ? `timeoutMs (${timeoutMs} ms)` : `timeoutMs (${timeoutMs} ms) or totalTimeoutMs (${totalTimeoutMs} ms)`;
  return new RateLimitError(429, {
    code: "rate_limited",
    message: `${where} was not sent: the rate budget (${budget}) has no free slot for ${slotInMs} ms, past this call's ${within}. Retry in ${Math.ceil(slotInMs / 1000)} s (retryAfterSec), or send fewer requests`,
  }, { "retry-after": String(Math.ceil(slotInMs / 1000)) });
}
