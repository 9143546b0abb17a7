// The SDK errors for an attempt that got no response, built from the transport's error with every
// credential scrubbed from the message and from the cause chain.
import { ConnectionError, TimeoutError } from "../errors.js";
import { scrubError, scrubText } from "./scrub.js";
import type { CoreRequest } from "./core.js";

export interface FailureContext {
  request: CoreRequest;
  /** Attempts made so far, this one included. */
  attempts: number;
  timeoutMs: number;
  credentials: readonly string[];
}

export function timeoutFailure(cause: unknown, { request, attempts, timeoutMs, credentials }: FailureContext): TimeoutError {
  return new TimeoutError(
    `${where(request)} timed out after ${timeoutMs} ms${tries(attempts)}. Raise timeoutMs, or retry later with the same idempotencyKey.`,
    { cause: scrubError(cause, credentials) },
  );
}

export function connectionFailure(cause: unknown, { request, attempts, credentials }: FailureContext): ConnectionError {
  return new ConnectionError(
    `${where(request)}: could not reach ${new URL(request.url).origin}${tries(attempts)}: ${scrubText(describe(cause), credentials)}. ` +
      `Check the network and baseUrl, then retry with the same idempotencyKey.`,
    { cause: scrubError(cause, credentials) },
  );
}

function where(request: CoreRequest): string {
  return `${request.method} ${new URL(request.url).pathname}`;
}

function tries(attempts: number): string {
  return attempts > 1 ? ` (${attempts} attempts)` : "";
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}
