// The one transport core. Generated methods and `pc.raw` (through its custom fetch) both send through
// `send`, which adds credentials, applies the per-attempt timeout (token wait included), retries what is
// safe to retry, and refreshes the access token once on a 401.
import { PayConnectError } from "../errors.js";
import { connectionFailure, timeoutFailure } from "./failures.js";
import { type AttemptOutcome, shouldRetry } from "./retry-policy.js";
import { retryDelayMs } from "./retry-timing.js";
import { scrubText } from "./scrub.js";
import { attemptSignal, untilAborted } from "./timeout.js";
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
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export interface SendOptions {
  auth: AuthKind;
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  /** Safe to resend without an Idempotency-Key (the token exchange: a second token does no harm). */
  repeatable?: boolean;
}

export type CoreRequest = Omit<WireRequest, "signal">;

export interface Core {
  send(request: CoreRequest, options: SendOptions): Promise<WireResponse>;
  /** `text` with every credential of this client replaced by `[redacted]`. */
  scrub(text: string): string;
  /** Releases the transport's sockets; later calls fail with a clear error. */
  close(): void;
}

export function createCore(config: CoreConfig): Core {
  const { transport, credentials, maxRetries, now, sleep, random } = config;
  let closed = false;

  return {
    scrub: (text) => scrubText(text, credentials.known()),
    close() {
      closed = true;
      transport.close?.();
    },
    async send(request, { auth, signal, timeoutMs = config.timeoutMs, repeatable = false }) {
      if (closed) throw new PayConnectError("this PayConnect client was closed with close(); create a new client to send requests");
      const hasIdempotencyKey = request.headers["idempotency-key"] !== undefined;
      let retries = 0;
      let refreshedAfter401 = false;
      for (;;) {
        signal?.throwIfAborted();
        const headers = { ...request.headers };
        // The attempt's deadline and the caller's signal cover waiting for the token as well as the request.
        const attempt = attemptSignal(timeoutMs, signal);
        let token: string | undefined;
        let response: WireResponse | undefined;
        let failure: PayConnectError | undefined;
        let outcome: AttemptOutcome;
        try {
          if (auth === "accessToken") {
            token = await untilAborted(credentials.accessToken(), attempt.signal);
            headers.authorization = `Bearer ${token}`;
          } else if (auth === "secretKey") {
            headers.authorization = `Bearer ${credentials.secretKey}`;
          }
          response = await transport({ ...request, headers, signal: attempt.signal });
          outcome = { kind: "response", status: response.status };
        } catch (cause) {
          // The caller's own abort ends the call at once, as fetch does: no retry, their reason.
          if (signal?.aborted) throw signal.reason;
          // A failed token request (already retried) or an unusable response: final, and already clean.
          if (cause instanceof PayConnectError) throw cause;
          const context = { request, attempts: retries + 1, timeoutMs, credentials: credentials.known() };
          if (attempt.timedOut()) {
            failure = timeoutFailure(cause, context);
            outcome = { kind: "timeout" };
          } else {
            failure = connectionFailure(cause, context);
            outcome = { kind: "connection" };
          }
        } finally {
          attempt.dispose();
        }

        if (response) {
          if (response.status < 400) return response;
          if (response.status === 401 && token !== undefined && !refreshedAfter401) {
            // The token expired or was revoked server-side: drop it and resend once with a fresh one.
            refreshedAfter401 = true;
            credentials.invalidate(token);
            continue;
          }
          if (response.status === 409) outcome = { kind: "response", status: 409, code: errorCode(response.body) };
        }

        const context = { outcome, method: request.method, repeatable: repeatable || hasIdempotencyKey, retriesSoFar: retries, maxRetries };
        if (!shouldRetry(context)) {
          if (failure) throw failure;
          return response!;
        }
        const delay = retryDelayMs(retries, response?.headers["retry-after"], now(), random);
        retries++;
        await sleep(delay, signal);
      }
    },
  };
}

function errorCode(body: string): string | undefined {
  try {
    const code = (JSON.parse(body) as { error?: { code?: unknown } })?.error?.code;
    return typeof code === "string" ? code : undefined;
  } catch {
    return undefined;
  }
}
