// Idempotency-Key as the spec documents it: the first response for a key is kept for 24 hours (sandbox
// clock) and replayed to any request with the same key and the same body; the same key with a different
// request is 409 idempotency_conflict. Concurrent requests with one key wait for the first, so they create
// one object. Only requests that reached their handler are remembered (a rejected body can be fixed and resent).
import type { SandboxState, StoredResponse } from "../state.ts";
import { ApiFailure } from "./api-error.ts";

const RETENTION_MS = 24 * 60 * 60 * 1000;

export async function withIdempotency(
  state: SandboxState,
  key: string | undefined,
  fingerprint: string,
  now: number,
  handle: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (key === undefined) return handle();
  // Records are kept in the order they expire (the clock only moves forward, and a reused key is moved to
  // the end), so the expired ones are at the front: dropping them here keeps memory to 24 hours of keys.
  for (const [old, record] of state.idempotency) {
    if (record.expiresAt > now) break;
    state.idempotency.delete(old);
  }
  const known = state.idempotency.get(key);
  if (known !== undefined && known.expiresAt > now) {
    if (known.fingerprint !== fingerprint) {
      throw new ApiFailure(
        "idempotency_conflict",
        "This Idempotency-Key was used with a different request within the last 24 hours; use a new key for a new request.",
      );
    }
    return known.response;
  }
  const response = handle();
  state.idempotency.delete(key);
  state.idempotency.set(key, { fingerprint, expiresAt: now + RETENTION_MS, response });
  // A request that failed before producing a response (the sandbox itself broke) is not remembered.
  response.catch(() => state.idempotency.delete(key));
  return response;
}

/** Same operation, same path and the same JSON (key order ignored). */
export function fingerprintOf(operationId: string, pathParams: Record<string, string>, body: unknown): string {
  return JSON.stringify([operationId, pathParams, canonical(body)]);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}
