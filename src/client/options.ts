// Public options of createPayConnect, their defaults (DESIGN.md "Client behaviour"), and checking them.
import { PayConnectError } from "../errors.js";

export interface PayConnectOptions {
  /** Your secret key (`sk_live_…` / `sk_test_…`). Used only to obtain access tokens; never logged. */
  secretKey: string;
  /** @default "https://api.payconnect.com" */
  baseUrl?: string;
  /** Scopes requested for the access token. @default ["payments.read", "payments.write"] */
  scope?: readonly string[];
  /** Retries after a connection error, timeout, 408, 409 (not idempotency conflicts), 429 or 5xx. @default 2 */
  maxRetries?: number;
  /** Timeout of each attempt, in milliseconds. @default 30_000 */
  timeoutMs?: number;
  /** Check every body, query and path parameter against the spec before sending; bad input throws
   * `ValidationError` and nothing is sent. @default true */
  validateRequests?: boolean;
  /** Refresh the access token this many seconds before it expires. @default 300 */
  tokenRefreshMarginSec?: number;
  /** A WHATWG fetch to send requests with. @default node:http with keep-alive on Node, `globalThis.fetch` elsewhere */
  fetch?: typeof globalThis.fetch;
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: () => number;
  /** Waits between retries, for tests. @default a timer that stops early when the caller aborts */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Per-request options, the last argument of every method. */
export interface RequestOptions {
  /** Sent as `Idempotency-Key` on operations that accept one (≤ 64 characters). @default a new UUID per call, reused on every retry */
  idempotencyKey?: string;
  /** Aborts the call at once, without retrying. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt timeout. */
  timeoutMs?: number;
  /** Extra request headers. `Authorization` cannot be overridden. */
  headers?: Record<string, string>;
}

export interface ResolvedOptions {
  secretKey: string;
  baseUrl: string;
  scope: readonly string[];
  maxRetries: number;
  timeoutMs: number;
  validateRequests: boolean;
  tokenRefreshMarginSec: number;
  fetch: typeof globalThis.fetch | undefined;
  now: () => number;
  sleep: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

export function resolveOptions(options: PayConnectOptions): ResolvedOptions {
  const fail = (what: string) => {
    throw new PayConnectError(`createPayConnect: ${what}`);
  };
  if (options === null || typeof options !== "object") fail("pass an options object, e.g. createPayConnect({ secretKey })");
  const { secretKey } = options;
  if (typeof secretKey !== "string" || secretKey.trim() === "") {
    fail("`secretKey` is required — pass your secret key from the dashboard (sk_test_… or sk_live_…), e.g. from process.env.PAYCONNECT_SECRET_KEY");
  }
  const baseUrl = (options.baseUrl ?? "https://api.payconnect.com").replace(/\/+$/, "");
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) {
    fail("`baseUrl` must be an http(s) URL such as https://api.payconnect.com");
  }
  const count = (name: string, value: number | undefined, fallback: number, min: number) => {
    const v = value ?? fallback;
    if (typeof v !== "number" || !Number.isFinite(v) || v < min) fail(`\`${name}\` must be a finite number ≥ ${min}, got ${String(v)}`);
    return v;
  };
  const maxRetries = count("maxRetries", options.maxRetries, 2, 0);
  if (!Number.isInteger(maxRetries)) fail("`maxRetries` must be an integer");
  const scope = options.scope ?? ["payments.read", "payments.write"];
  if (!Array.isArray(scope) || scope.length === 0 || scope.some((s) => typeof s !== "string" || /\s/.test(s) || s === "")) {
    fail('`scope` must be a non-empty array of scope names, e.g. ["payments.read", "payments.write"]');
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") fail("`fetch` must be a fetch function");
  return {
    secretKey,
    baseUrl,
    scope,
    maxRetries,
    timeoutMs: count("timeoutMs", options.timeoutMs, 30_000, 1),
    validateRequests: options.validateRequests ?? true,
    tokenRefreshMarginSec: count("tokenRefreshMarginSec", options.tokenRefreshMarginSec, 300, 0),
    fetch: options.fetch,
    now: options.now ?? Date.now,
    sleep: options.sleep,
  };
}
