// The one transport core. Generated methods and `pc.raw` (through its custom fetch) both send through
// `send`, which adds credentials, applies the per-attempt timeout, retries what is safe to retry, and
// refreshes the access token once on a 401.
import { ConnectionError, TimeoutError } from "../errors.js";
import { type AttemptOutcome, shouldRetry } from "./retry-policy.js";
import { retryDelayMs } from "./retry-timing.js";
import { attemptSignal } from "./timeout.js";
import type { Transport, WireRequest, WireResponse } from "./types.js";

export type AuthKind = "secretKey" | "accessToken" | "none";

export interface Credentials {
  secretKey: string;
  /** A valid access token (cached, refreshed single-flight). */
  accessToken(): Promise<string>;
  /** Forget `token` if it is still the cached one (after the API rejected it). */
  invalidate(token: string): void;
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
}

export type CoreRequest = Omit<WireRequest, "signal">;

export interface Core {
  send(request: CoreRequest, options: SendOptions): Promise<WireResponse>;
}

export function createCore(config: CoreConfig): Core {
  const { transport, credentials, maxRetries, now, sleep, random } = config;

  return {
    async send(request, { auth, signal, timeoutMs = config.timeoutMs }) {
      const hasIdempotencyKey = request.headers["idempotency-key"] !== undefined;
      let retries = 0;
      let refreshedAfter401 = false;
      for (;;) {
        signal?.throwIfAborted();
        const headers = { ...request.headers };
        let token: string | undefined;
        if (auth === "accessToken") {
          token = await credentials.accessToken();
          headers.authorization = `Bearer ${token}`;
        } else if (auth === "secretKey") {
          headers.authorization = `Bearer ${credentials.secretKey}`;
        }

        const attempt = attemptSignal(timeoutMs, signal);
        let response: WireResponse | undefined;
        let failure: ConnectionError | undefined;
        let outcome: AttemptOutcome;
        try {
          response = await transport({ ...request, headers, signal: attempt.signal });
          outcome = { kind: "response", status: response.status };
        } catch (cause) {
          // The caller's own abort ends the call at once, as fetch does: no retry, their reason.
          if (signal?.aborted) throw signal.reason;
          const where = `${request.method} ${new URL(request.url).pathname}`;
          const tries = retries > 0 ? ` (${retries + 1} attempts)` : "";
          if (attempt.timedOut()) {
            failure = new TimeoutError(
              `${where} timed out after ${timeoutMs} ms${tries}. Raise timeoutMs, or retry later with the same idempotencyKey.`,
              { cause },
            );
            outcome = { kind: "timeout" };
          } else {
            failure = new ConnectionError(
              `${where}: could not reach ${new URL(request.url).origin}${tries}: ${describe(cause)}. ` +
                `Check the network and baseUrl, then retry with the same idempotencyKey.`,
              { cause },
            );
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

        if (!shouldRetry({ outcome, method: request.method, hasIdempotencyKey, retriesSoFar: retries, maxRetries })) {
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

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code ?? (cause.cause as { code?: unknown } | undefined)?.code;
    return typeof code === "string" ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}
