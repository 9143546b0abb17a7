// Whether to retry an attempt: a pure function, one reason per branch (stripe-node `_shouldRetry`).

export type AttemptOutcome =
  | { kind: "connection" }
  | { kind: "timeout" }
  | { kind: "response"; status: number; code?: string | undefined };

export interface RetryContext {
  outcome: AttemptOutcome;
  method: string;
  /** An Idempotency-Key is on the request, so the server de-duplicates a resend. */
  hasIdempotencyKey: boolean;
  /** Retries already made for this call. */
  retriesSoFar: number;
  maxRetries: number;
}

export function shouldRetry({ outcome, method, hasIdempotencyKey, retriesSoFar, maxRetries }: RetryContext): boolean {
  // The caller's budget is spent.
  if (retriesSoFar >= maxRetries) return false;
  // A POST may already have taken effect; only the server's idempotency store makes a resend safe.
  if (method.toUpperCase() === "POST" && !hasIdempotencyKey) return false;
  // The request may never have reached the server, or its answer was lost: resend.
  if (outcome.kind === "connection" || outcome.kind === "timeout") return true;
  const { status, code } = outcome;
  // The server says the request took too long to arrive.
  if (status === 408) return true;
  // The same key with a different body will conflict forever; other 409s are lock contention.
  if (status === 409) return code !== "idempotency_conflict";
  // Rate limited: wait and try again (Retry-After tells how long).
  if (status === 429) return true;
  // Server-side failure: usually transient.
  if (status >= 500) return true;
  // Any other 4xx is the request's fault and will fail the same way again.
  return false;
}
