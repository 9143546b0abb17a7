// Whether to retry an attempt: a pure function, one reason per branch (stripe-node `_shouldRetry`).
import { retryableErrorCodes } from "../../generated/errors.js";

export type AttemptOutcome =
  | { kind: "connection" }
  | { kind: "timeout" }
  | { kind: "response"; status: number; code?: string | undefined };

export interface RetryContext {
  outcome: AttemptOutcome;
  method: string;
  /** Resending cannot do the work twice: an Idempotency-Key is on the request (the server de-duplicates),
   * or the request is one that is safe to repeat by nature (the token exchange). */
  repeatable: boolean;
  /** Retries already made for this call. */
  retriesSoFar: number;
  maxRetries: number;
  /** API error codes the spec marks `x-retryable`. */
  retryableCodes?: readonly string[];
}

/** The idempotent methods (RFC 9110 §9.2.2): any other that pc.raw sends (POST, PATCH, a custom one) is not. */
const IDEMPOTENT: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);
export const isIdempotentMethod = (method: string): boolean => IDEMPOTENT.has(method.toUpperCase());

export function shouldRetry({ outcome, method, repeatable, retriesSoFar, maxRetries, retryableCodes = retryableErrorCodes }: RetryContext): boolean {
  // The caller's budget is spent.
  if (retriesSoFar >= maxRetries) return false;
  // A POST, a PATCH or any method not idempotent may already have taken effect; only the server's
  // idempotency store makes a resend safe.
  if (!isIdempotentMethod(method) && !repeatable) return false;
  // The request may never have reached the server, or its answer was lost: resend.
  if (outcome.kind === "connection" || outcome.kind === "timeout") return true;
  const { status, code } = outcome;
  // The server says the request took too long to arrive.
  if (status === 408) return true;
  // A conflict is final (idempotency_conflict, payment_not_cancelable) unless the spec marks its code
  // retryable: resending a final one only spends rate budget.
  // Stryker disable next-line ConditionalExpression: includes(undefined) is false on a list of strings; the check is for the type
  if (status === 409) return code !== undefined && retryableCodes.includes(code);
  // Rate limited: wait and try again (Retry-After tells how long).
  if (status === 429) return true;
  // Server-side failure: usually transient.
  if (status >= 500) return true;
  // Any other 4xx is the request's fault and will fail the same way again.
  return false;
}

/** The API error code of a response body (a 409's code decides whether it is retried). */
export function errorCode(body: string): string | undefined {
  let code: unknown;
  try {
    code = JSON.parse(body).error.code;
  } catch {
    // A body that is not JSON, or has no `error` object: no code.
  }
  return typeof code === "string" ? code : undefined;
}
