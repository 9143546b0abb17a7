// The one transport core. Generated methods and `pc.raw` (through its custom fetch) both send through
// `send`, which adds credentials, applies the per-attempt timeout (token wait included) and the overall
// deadline, retries what is safe to retry, refreshes the access token once on a 401, and logs each step.
import { ApiError, type ErrorContext, PayConnectError } from "../errors.js";
import { connectionFailure, deadlineFailure, describe, timeoutFailure } from "./failures.js";
import { type Log, type LogLevel, type Logger, createLog } from "./log.js";
import { type AttemptOutcome, errorCode, shouldRetry } from "./retry-policy.js";
import { retryDelayMs } from "./retry-timing.js";
import { scrubText } from "./scrub.js";
import { sendAttempt } from "./attempt.js";
import type { Transport, WireRequest, WireResponse } from "./types.js";

export type AuthKind = "secretKey" | "accessToken" | "none";

export interface Credentials {
  secretKey: string;
  /** A valid access token (cached, refreshed single-flight). */
  accessToken(): Promise<string>;
  /** Forget `token` if it is still the cached one (after the API rejected it). */
  invalidate(token: string): void;
  /** Every credential that must never appear in an error: the secret key and the access tokens issued. */
  known(): string[];
}

export interface CoreConfig {
  transport: Transport;
  credentials: Credentials;
  maxRetries: number;
  timeoutMs: number;
  /** Overall deadline of a call, retries and waits included; undefined for none. */
  totalTimeoutMs?: number | undefined;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  logger?: Logger | undefined;
  logLevel?: LogLevel | undefined;
}

export interface SendOptions {
  auth: AuthKind;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  totalTimeoutMs?: number | undefined;
  /** Safe to resend without an Idempotency-Key (the token exchange: a second token does no harm). */
  repeatable?: boolean;
}

export type CoreRequest = Omit<WireRequest, "signal">;

export interface Core {
  send(request: CoreRequest, options: SendOptions): Promise<WireResponse>;
  /** `text` with every credential of this client replaced by `[redacted]`. */
  scrub(text: string): string;
  /** The typed error for a 4xx/5xx response, its body and headers scrubbed. */
  apiError(response: WireResponse, context: ErrorContext): ApiError;
  log: Log;
  /** Releases the transport's sockets; later calls fail with a clear error. */
  close(): void;
}

export function createCore(config: CoreConfig): Core {
  const { transport, credentials, maxRetries, now, sleep, random } = config;
  const scrub = (text: string) => scrubText(text, credentials.known());
  const log: Log = createLog(config.logger ?? console, config.logLevel ?? "off", scrub);
  let closed = false;

  return {
    scrub,
    log,
    apiError(response, context) {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) headers[name] = scrub(value);
      return ApiError.generate(response.status, scrub(response.body), headers, { ...context, now: now() });
    },
    close() {
      closed = true;
      transport.close?.();
    },
    async send(request, { auth, signal, timeoutMs = config.timeoutMs, totalTimeoutMs = config.totalTimeoutMs, repeatable = false }) {
      if (closed) throw new PayConnectError("this PayConnect client was closed with close(); create a new client to send requests");
      repeatable ||= request.headers["idempotency-key"] !== undefined;
      const url = new URL(request.url);
      const path = url.pathname + url.search;
      const where = `${request.method} ${path}`;
      const deadline = totalTimeoutMs === undefined ? Infinity : now() + totalTimeoutMs;
      let attempts = 0;
      let retries = 0;
      let refreshedAfter401 = false;
      let last: { reason: string; failure?: PayConnectError | undefined } = { reason: "none" };
      const context = () => ({ request, attempts, timeoutMs, repeatable, credentials: credentials.known(), totalTimeoutMs, last: last.reason });
      for (;;) {
        signal?.throwIfAborted();
        const started = now();
        // No attempt starts after the deadline, and one in flight is cut at it.
        if (started >= deadline) throw deadlineFailure(last.failure, context());
        const limit = Math.min(timeoutMs, deadline - started);
        attempts++;
        const result = await sendAttempt(transport, credentials, request, auth, limit, signal);
        const { response, token } = result;
        let failure: PayConnectError | undefined;
        let outcome: AttemptOutcome;
        let reason: string;
        if (response) {
          outcome = { kind: "response", status: response.status };
          reason = `HTTP ${response.status}`;
        } else if (result.timedOut) {
          last = { reason: `a timeout after ${limit} ms` };
          if (limit < timeoutMs) throw deadlineFailure(result.cause, context());
          failure = timeoutFailure(result.cause, context());
          outcome = { kind: "timeout" };
          reason = last.reason;
        } else {
          failure = connectionFailure(result.cause, context());
          outcome = { kind: "connection" };
          reason = `a connection error (${scrub(describe(result.cause))})`;
        }
        const requestId = response?.headers["x-request-id"];
        const status = response?.status;
        last = { reason, failure };
        log("debug", `${where} → ${last.reason} in ${now() - started} ms (attempt ${attempts}${requestId ? `, request id ${requestId}` : ""})`,
          { method: request.method, path, status, durationMs: now() - started, attempt: attempts, requestId });

        if (response) {
          if (response.status < 400) return response;
          if (response.status === 401 && token !== undefined && !refreshedAfter401) {
            // The token expired or was revoked server-side: drop it and resend once with a fresh one.
            refreshedAfter401 = true;
            credentials.invalidate(token);
            log("info", `${where} → 401: access token rejected; fetching a new one and resending`);
            continue;
          }
          if (response.status === 409) outcome = { kind: "response", status: 409, code: errorCode(response.body) };
        }

        if (!shouldRetry({ outcome, method: request.method, repeatable, retriesSoFar: retries, maxRetries })) {
          if (failure || status! >= 500 || status === 429) log("error", `${where} failed after ${attempts} attempt(s): ${last.reason}`);
          if (failure) throw failure;
          return response!;
        }
        const delay = retryDelayMs(retries, response?.headers["retry-after"], now(), random);
        // Waiting past the deadline only to give up there helps nobody: give up now.
        if (now() + delay >= deadline) throw deadlineFailure(failure, context());
        retries++;
        log("warn", `retrying ${where} in ${delay} ms (retry ${retries} of ${maxRetries}) after ${last.reason}`, { reason: last.reason, delayMs: delay, retry: retries });
        await sleep(delay, signal);
      }
    },
  };
}
