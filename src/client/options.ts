// Public options of createPayConnect, their defaults, and checking them.
import { unknownOption } from "./known-options.js";
import { isHeaderSafeCredential } from "../auth/credential-chars.js";
import { PayConnectError } from "../errors.js";
import { baseUrlProblem } from "./base-url.js";
import { type LogLevel, type Logger, logProblem } from "../transport/log.js";
import type { SharedClientState } from "./sharing.js";

/** The longest timer Node can set (2³¹ − 1 ms, about 24.8 days); a longer one fires after 1 ms. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** Why `value` is not a usable `timeoutMs` (or `name`), or undefined when it is. */
export function timeoutProblem(value: unknown, name = "timeoutMs"): string | undefined {
  // Stryker disable next-line ConditionalExpression: Number.isFinite is false for a non-number too; typeof narrows the type
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1 || value > MAX_TIMEOUT_MS) {
    return `\`${name}\` must be a number of milliseconds from 1 to ${MAX_TIMEOUT_MS}, got ${got(value)}`;
  }
  return undefined;
}

/** "a string", "an object", "null": what a value is, for a message that must not quote it. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

/** A number as it is (no secret), anything else by its kind: "5000" from an env file reads "a string", not 5000. */
const got = (value: unknown) => (typeof value === "number" ? String(value) : kindOf(value));

/**
 * Why `value` is not a usable per-request `signal`, or undefined when it is. Judged by what the SDK uses of it
 * (`aborted`, add/removeEventListener, `reason`), not by instanceof: an AbortSignal from another realm (an
 * iframe, a vm context) or a polyfill's works as well.
 */
export function signalProblem(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = value as { aborted?: unknown; addEventListener?: unknown; removeEventListener?: unknown; signal?: unknown };
  if (typeof value === "object" && typeof s.aborted === "boolean" && typeof s.addEventListener === "function" && typeof s.removeEventListener === "function") {
    return undefined;
  }
  const controller = typeof value === "object" && s.signal !== undefined ? " (pass the controller's .signal, not the controller)" : "";
  return `must be an AbortSignal, e.g. new AbortController().signal or AbortSignal.timeout(ms), got ${kindOf(value)}${controller}`;
}

export interface PayConnectOptions {
  /** Your secret key (`sk_live_…` / `sk_test_…`). Used only to obtain access tokens; never logged. */
  secretKey: string;
  /** @default "https://api.payconnect.com" */
  baseUrl?: string | undefined;
  /** Allow an http:// `baseUrl` on another machine (a mock in another container of a private network). Plain
   * http sends the secret key and tokens unencrypted; it is allowed without this option only for this machine
   * (localhost, 127.0.0.0/8, [::1]). @default false */
  allowInsecureConnection?: boolean | undefined;
  /** Scopes requested for the access token, one name per entry, as the API reference lists them for its token
   * request (a name it does not list is refused unless `validateRequests` is false). @default ["payments.read", "payments.write"] */
  scope?: readonly string[] | undefined;
  /** Retries after a connection error, timeout, 408, 409 with a code the spec marks `x-retryable`, 429 or 5xx.
   * The token request is retried the same way. @default 2 */
  maxRetries?: number | undefined;
  /** Timeout of each attempt, waiting for the access token included, in milliseconds (1 to 2³¹ − 1). @default 30_000 */
  timeoutMs?: number | undefined;
  /** Deadline of a whole call, retries and the waits between them included (1 to 2³¹ − 1 ms): one attempt in
   * flight is cut at it (TimeoutError); a retry that could not start before it is not waited for, and the call
   * fails at once with the last answer's error (a 429 stays a RateLimitError), or TimeoutError without one. @default none */
  totalTimeoutMs?: number | undefined;
  /** Where log lines go when `logLevel` is not "off": any object with error, warn, info and debug methods.
   * Credentials and customer emails are redacted. @default console */
  logger?: Logger | undefined;
  /** "debug": every attempt (method, path, status, duration, request id); "info": token refreshes;
   * "warn": retries with reason and delay, a failed early token refresh; "error": calls that failed after retrying. @default "off" */
  logLevel?: LogLevel | undefined;
  /** A node:http(s) Agent for every request of the default Node transport, e.g. a proxy agent
   * (`new HttpsProxyAgent(process.env.HTTPS_PROXY)`); the client does not close it. Node only, not with `fetch`. */
  httpAgent?: object | undefined;
  /** Check every body, query and path parameter against the spec before sending; bad input throws
   * `ValidationError` and nothing is sent. @default true */
  validateRequests?: boolean | undefined;
  /** Refresh the access token this many seconds before it expires, behind the calls, which go on with the
   * still-valid token meanwhile. @default 300 */
  tokenRefreshMarginSec?: number | undefined;
  /** A WHATWG fetch to send requests with. @default node:http with keep-alive on Node, `globalThis.fetch` elsewhere */
  fetch?: typeof globalThis.fetch | undefined;
  /** State shared with the other clients — in this process, or in every replica on one Redis: `shareState(store)`
   * from `@payconnect/sdk/state`. They use one access token (one request on a cold start or a refresh; a 401 drops
   * it for all) and stay inside one rate budget. If the store fails, the client goes on with a token and a budget of
   * its own, and logs that once. @default none: the token is this client's own, and nothing paces its requests */
  shared?: SharedClientState | undefined;
  /** Clock in milliseconds, for tests. @default Date.now */
  now?: (() => number) | undefined;
  /** Waits between retries, for tests. @default a timer that stops early when the caller aborts */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** Per-request options, the last argument of every method. */
export interface RequestOptions {
  /** Sent as `Idempotency-Key` on operations that accept one (≤ 64 characters). @default a new UUID per call, reused on every retry */
  idempotencyKey?: string | undefined;
  /** Aborts the call at once, without retrying, also while the access token is being fetched. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's per-attempt timeout (1 to 2³¹ − 1 ms). */
  timeoutMs?: number | undefined;
  /** Overrides the client's deadline for the whole call, retries included (1 to 2³¹ − 1 ms). */
  totalTimeoutMs?: number | undefined;
  /** Extra request headers. `Authorization` is refused (the SDK sets it from `secretKey`), as are headers that
   * frame the message. An `Idempotency-Key` here is used as given (like `idempotencyKey`; the two must agree).
   * Names and values must be valid HTTP (no CR, LF or NUL). */
  headers?: Record<string, string> | undefined;
}

export interface ResolvedOptions {
  secretKey: string;
  baseUrl: string;
  scope: readonly string[];
  maxRetries: number;
  timeoutMs: number;
  totalTimeoutMs: number | undefined;
  logger: Logger | undefined;
  logLevel: LogLevel | undefined;
  httpAgent: object | undefined;
  validateRequests: boolean;
  tokenRefreshMarginSec: number;
  fetch: typeof globalThis.fetch | undefined;
  shared: SharedClientState | undefined;
  now: () => number;
  sleep: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

function checkedTimeout<T extends number | undefined>(value: T, fail: (what: string) => never, name?: string): T {
  const problem = value === undefined ? undefined : timeoutProblem(value, name);
  if (problem !== undefined) fail(problem);
  return value;
}

export function resolveOptions(options: PayConnectOptions): ResolvedOptions {
  const fail = (what: string): never => {
    throw new PayConnectError(`createPayConnect: ${what}`);
  };
  if (options === null || typeof options !== "object") fail("pass an options object, e.g. createPayConnect({ secretKey })");
  const unknown = unknownOption(options, "client");
  if (unknown) fail(unknown.message);
  const { secretKey } = options;
  if (typeof secretKey !== "string" || secretKey.trim() === "") {
    fail("`secretKey` is required — pass your secret key from the dashboard (sk_test_… or sk_live_…), e.g. from process.env.PAYCONNECT_SECRET_KEY");
  }
  if (!isHeaderSafeCredential(secretKey)) {
    // Never echo the key: say what is wrong with it instead.
    fail(
      "`secretKey` contains a character a header cannot carry (line break, space, control or non-ASCII character), " +
        "often a trailing newline from a file: pass the key exactly as the dashboard shows it.",
    );
  }
  if (options.baseUrl !== undefined && options.baseUrl !== null && typeof options.baseUrl !== "string") {
    // A URL object is the usual one (new URL(...) from config); it is no secret to name its kind, never its text.
    const isUrl = typeof (options.baseUrl as { href?: unknown }).href === "string";
    fail(`\`baseUrl\` must be a string, e.g. "https://api.payconnect.com"${isUrl ? "; for a URL object pass String(url) or url.href" : `, got ${kindOf(options.baseUrl)}`}`);
  }
  const baseUrl = (options.baseUrl ?? "https://api.payconnect.com").replace(/\/+$/, "");
  // A string from an env file ("false") must not read as on: only true and false are.
  const flag = (name: string, value: boolean | undefined, fallback: boolean) => {
    const v = value ?? fallback;
    if (typeof v !== "boolean") fail(`\`${name}\` must be true or false (default ${fallback}), got ${kindOf(v)}`);
    return v;
  };
  const allowInsecureConnection = flag("allowInsecureConnection", options.allowInsecureConnection, false);
  const badBaseUrl = baseUrlProblem(baseUrl, allowInsecureConnection);
  if (badBaseUrl) fail(badBaseUrl);
  const count = (name: string, value: number | undefined, fallback: number, min: number) => {
    const v = value ?? fallback;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isFinite is false for a non-number too; typeof narrows the type
    if (typeof v !== "number" || !Number.isFinite(v) || v < min) fail(`\`${name}\` must be a finite number ≥ ${min}, got ${got(v)}`);
    return v;
  };
  const maxRetries = count("maxRetries", options.maxRetries, 2, 0);
  if (!Number.isInteger(maxRetries)) fail(`\`maxRetries\` must be an integer, got ${maxRetries}`);
  const scope = options.scope ?? ["payments.read", "payments.write"];
  // The token request's own form ("payments.read payments.write") in one entry: say to split it, showing the split
  // only when every word looks like a scope name (never quoting what may be a pasted secret).
  const joined = Array.isArray(scope) ? scope.findIndex((s) => typeof s === "string" && /\S\s+\S/.test(s)) : -1;
  if (joined >= 0) {
    const words = (scope[joined] as string).trim().split(/\s+/);
    const shown = words.every((w) => w.length <= 40 && /^[a-z][a-z0-9_.-]*$/.test(w)) ? `, e.g. ${JSON.stringify(words)}` : "";
    fail(`\`scope[${joined}]\` holds several names separated by spaces: pass one name per entry${shown}`);
  }
  if (!Array.isArray(scope) || scope.length === 0 || scope.some((s) => typeof s !== "string" || /\s/.test(s) || s === "")) {
    fail('`scope` must be a non-empty array of scope names, e.g. ["payments.read", "payments.write"]');
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") fail(`\`fetch\` must be a fetch function, got ${kindOf(options.fetch)}`);
  // Both are first called mid-call (after the token, between retries): checked here, or requests go out first.
  if (options.now !== undefined) {
    if (typeof options.now !== "function") fail(`\`now\` must be a function returning the time in milliseconds, like Date.now; got ${kindOf(options.now)}`);
    const time: unknown = options.now();
    if (typeof time !== "number" || !Number.isFinite(time)) fail(`\`now\` must return a number of milliseconds (like Date.now), got ${kindOf(time)}${typeof time === "number" ? ` (${time})` : ""}`);
  }
  if (options.sleep !== undefined && typeof options.sleep !== "function") {
    fail(`\`sleep\` must be a function (ms, signal) => Promise that resolves after ms milliseconds; got ${kindOf(options.sleep)}. Leave it out for the real timer`);
  }
  if (options.shared !== undefined && typeof (options.shared as { attach?: unknown } | null)?.attach !== "function") {
    fail(`\`shared\` must be what shareState(store) from @payconnect/sdk/state returns, got ${kindOf(options.shared)}`);
  }
  const logging = logProblem(options.logger, options.logLevel);
  if (logging) fail(logging);
  // An Agent-like object has addRequest (node:http calls it); anything else would fail on every call and be retried as a network error.
  if (options.httpAgent !== undefined && (options.fetch !== undefined || typeof (options.httpAgent as { addRequest?: unknown } | null)?.addRequest !== "function")) {
    const got = options.fetch !== undefined ? "a `fetch` as well" : typeof options.httpAgent === "object" && options.httpAgent !== null ? "an object without addRequest" : kindOf(options.httpAgent);
    fail(`\`httpAgent\` must be a node:http Agent; it serves the Node transport only, not a \`fetch\` you pass, got ${got}`);
  }
  return {
    secretKey,
    baseUrl,
    scope,
    maxRetries,
    timeoutMs: checkedTimeout(options.timeoutMs ?? 30_000, fail),
    totalTimeoutMs: checkedTimeout(options.totalTimeoutMs, fail, "totalTimeoutMs"),
    logger: options.logger,
    logLevel: options.logLevel,
    httpAgent: options.httpAgent,
    validateRequests: flag("validateRequests", options.validateRequests, true),
    tokenRefreshMarginSec: count("tokenRefreshMarginSec", options.tokenRefreshMarginSec, 300, 0),
    fetch: options.fetch,
    shared: options.shared,
    now: options.now ?? Date.now,
    sleep: options.sleep,
  };
}
