// The shapes around the transport core: what it is configured with, what a call passes, what it offers.
import type { ApiError, ErrorContext } from "../errors.js";
import type { Log, LogLevel, Logger } from "./log.js";
import type { RateBudget } from "./rate-budget.js";
import type { Transport, WireRequest, WireResponse } from "./types.js";

export type AuthKind = "secretKey" | "accessToken" | "none";

export interface Credentials {
  secretKey: string;
  /** A valid access token (cached, refreshed single-flight). */
  accessToken(): Promise<string>;
  /** The cached access token while no refresh is due (no wait, no promise); undefined: ask accessToken(). */
  freshToken?(): string | undefined;
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
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random?: () => number;
  /** The rate budget every attempt takes a slot of (the `rateLimit` option); undefined for none. */
  budget?: RateBudget | undefined;
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
  /** False when the caller says itself how the call failed (the token exchange: the call that needed the
   * token logs it, a refresh behind the calls is a warning): no final "error" line of the core's. @default true */
  logFailure?: boolean;
}

export type CoreRequest = Omit<WireRequest, "abort">;

export interface Core {
  send(request: CoreRequest, options: SendOptions): Promise<WireResponse>;
  /**
   * `text` with every credential of this client, in any spelling, replaced by `[redacted]`; with the response
   * of a call, the access token that call sent too (the client remembers only its last few tokens).
   */
  scrub(text: string, response?: WireResponse): string;
  /**
   * Scrubs an SDK error in place (every string on it and its cause) and returns it; anything else is
   * returned untouched. Every error a method or `pc.raw` throws passes through here on its way out.
   */
  redact<T>(error: T, response?: WireResponse): T;
  /** The typed error for a 4xx/5xx (or 3xx) response; the caller redacts it on the way out. */
  apiError(response: WireResponse, context: ErrorContext): ApiError;
  log: Log;
  /** Releases the transport's sockets and ends calls in flight; later calls fail with a clear error. */
  close(): void;
}
