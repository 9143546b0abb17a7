// The one transport core. Generated methods and `pc.raw` (through its custom fetch) both send through
// `send`, which adds credentials, applies the per-attempt timeout (token wait included) and the overall
// deadline, retries what is safe to retry, refreshes the access token once on a 401, and logs each step.
import { ApiError, PayConnectError } from "../errors.js";
import type { Core, CoreConfig, CoreRequest, SendOptions } from "./core-types.js";
import type { WireResponse } from "./types.js";
import { causeCode, connectionFailure, deadlineFailure, describe, overBudget, timeoutFailure } from "./failures.js";
import { type Log, createLog } from "./log.js";
import { type AttemptOutcome, errorCode, shouldRetry } from "./retry-policy.js";
import { asksTooLong, retryDelayMs } from "./retry-timing.js";
import { PatternCache, REDACTED, scrubText } from "./scrub.js";
import { redactOwnError } from "./scrub-error.js";
import { withAdvice } from "../api-error-advice.js";
import type { Abort } from "./abort.js";
import type { Slot } from "./rate-budget.js";
import { callAbort } from "./timeout.js";
import { type Unsent, sendAttempt } from "./attempt.js";

export type { AuthKind, Core, CoreConfig, CoreRequest, Credentials, SendOptions } from "./core-types.js";

const SENT = Symbol("tokens sent");
const NAME_MIN = 8;
type Tagged = WireResponse & { [SENT]?: readonly string[] };

export function createCore(config: CoreConfig): Core {
  const { transport, credentials, maxRetries, now, sleep, random, budget } = config;
  // Compiled once per credential and client; a credential no longer used drops out.
  const patterns = new PatternCache();
  /** Scrubs the client's credentials and `sent`, the tokens one call carried (read when scrubbing). */
  const scrubWith = (sent: readonly string[]) => (text: string) => scrubText(text, [...credentials.known(), ...sent], patterns);
  const scrub = scrubWith([]);
  // The tokens each call's answer was sent with: its error and body are scrubbed of them, however many newer
  // tokens the client holds by then. Kept on the answer itself, hidden (a WeakMap entry per call cost more
  // than the rest of the bookkeeping: ephemerons are slow to add and to collect).
  const forResponse = (response?: WireResponse) => (response ? scrubWith((response as Tagged)[SENT] ?? []) : scrub);
  // Stryker disable next-line StringLiteral: any level createLog does not know logs nothing, as "off" does
  const logWith = (redact: (text: string) => string): Log => createLog(config.logger ?? console, config.logLevel ?? "off", redact);
  // The attempt line is built only when it is written: most clients log nothing, and each call would build it.
  const debugOn = config.logLevel === "debug";
  const log = logWith(scrub);
  // Calls in flight, which close() aborts (their attempt, their wait before a retry). A set rather than one
  // shared abort: thousands of concurrent calls would each add a listener to it.
  const inFlight = new Set<Abort>();
  let closed = false;
  const closedError = () => new PayConnectError("this PayConnect client was closed with close(); create a new client to send requests");

  return {
    scrub: (text, response) => forResponse(response)(text),
    log,
    redact: (error, response) => redactOwnError(error, forResponse(response)),
    apiError: (response, context) => ApiError.generate(response.status, response.body, response.headers, { ...context, now: now() }),
    close() {
      closed = true;
      for (const call of inFlight) call.abort(closedError());
      transport.close?.();
    },
    async send(request, options) {
      if (closed) throw closedError();
      // The caller's abort ends the call with their reason; close() ends it with closedError.
      const call = callAbort(options.signal);
      inFlight.add(call.abort);
      try {
        return await run(request, options, call.abort);
      } finally {
        inFlight.delete(call.abort);
        call.dispose();
      }
    },
  };

  async function run(request: CoreRequest, { auth, timeoutMs = config.timeoutMs, totalTimeoutMs = config.totalTimeoutMs, repeatable = false, logFailure = true }: SendOptions, call: Abort) {
    // An empty key is no key: the server cannot de-duplicate on it (prepare-request and raw refuse it).
    repeatable ||= !!request.headers["idempotency-key"];
    // Read only for a log line or an error: a success does not parse its URL again.
    let path: string | undefined;
    const pathOf = () => (path ??= ((url) => url.pathname + url.search)(new URL(request.url)));
    const where = () => `${request.method} ${pathOf()}`;
    const startedAt = now();
    const deadline = totalTimeoutMs === undefined ? Infinity : startedAt + totalTimeoutMs;
    let attempts = 0;
    let retries = 0;
    let refreshedAfter401 = false;
    // The access tokens this call sent: scrubbed from its errors and log lines whatever the client remembers.
    const sent: string[] = [];
    const scrub = scrubWith(sent);
    // Header names only of credentials of NAME_MIN characters or more (values of every one, as any text): a
    // one-letter test key would turn x-request-id into x-r[redacted]qu…. Apart only when there is a shorter one.
    const scrubNames = () => {
      const all = [...credentials.known(), ...sent];
      const long = all.filter((c) => c.length >= NAME_MIN);
      return long.length === all.length ? undefined : (text: string) => scrubText(text, long, patterns);
    };
    const log = logWith(scrub);
    // What the last attempt got; `status`, `requestId` and `code` go on the final error line.
    // Stryker disable next-line StringLiteral: text only, what a deadline error says when no attempt was made
    let last: { reason: string; failure?: PayConnectError | undefined; status?: number; requestId?: string | undefined; code?: string | undefined } = { reason: "none" };
    let waitingFor: Unsent | undefined;
    // An attempt of this call went out (it may have taken effect, whatever came back).
    let sentBefore = false;
    const context = () => ({ request, attempts, timeoutMs, repeatable, scrub, totalTimeoutMs, last: last.reason, waitingFor, sentBefore });
    // The call failed for good: one error line with what finds it (the request id, the key), then the error.
    const giveUp = <E>(error: E, why: string): E => {
      if (logFailure) log("error", `${where()} failed after ${attempts} attempt(s): ${why}`, {
        method: request.method, path: pathOf(), status: last.status, attempts, requestId: last.requestId,
        idempotencyKey: request.headers["idempotency-key"], code: last.code, durationMs: now() - startedAt,
      });
      return redactOwnError(error, scrub);
    };
    const outOfTime = () => `totalTimeoutMs (${totalTimeoutMs} ms) ran out; last: ${last.reason}`;
    for (;;) {
      if (call.aborted) throw call.reason;
      const started = now();
      // No attempt starts after the deadline, and one in flight is cut at it.
      if (started >= deadline) throw giveUp(deadlineFailure(last.failure, context()), outOfTime());
      const limit = Math.min(timeoutMs, deadline - started);
      attempts++;
      // The token goes on `sent` before the request does: an attempt that ends without an answer (a connection
      // error quoting the request, an answer too large) is scrubbed of it too, however many tokens came since.
      const onToken = (token: string) => sent.includes(token) || sent.push(token);
      // With a rate budget, the attempt takes a slot once it has its token, right before it is sent, waiting for one
      // while the attempt has time left; if none frees by then, nothing is sent (a RateLimitError of the SDK's).
      const slotted = budget && {
        slot: async (abort: Abort): Promise<Slot> => {
          // A little short of the attempt's end, so that a slot too far off is said as such, not as a timeout.
          const got = await budget.acquire(Math.max(0, limit - (now() - started) - 10), (ms) => sleep(ms, abort.signal), () => abort.aborted);
          if (typeof got === "number") throw overBudget(got, budget.description, where(), timeoutMs, totalTimeoutMs);
          return got;
        },
        requestLimitMs: () => Math.max(1, Math.min(timeoutMs, deadline - now())),
      };
      const result = await sendAttempt(transport, credentials, request, auth, limit, call, onToken, slotted).then((attempt) => {
        if (attempt.response !== undefined || attempt.waitingFor === undefined) sentBefore = true;
        // Every answer's header values are scrubbed, a success's too (its body is the caller's data, left as is).
        return attempt.response ? { ...attempt, response: scrubbedHeaders(attempt.response, scrub, scrubNames()) } : attempt;
      }, (error: unknown) => {
        // No access token (its exchange failed: the error line is this call's, with the exchange's status and
        // request id) or an answer too large: final. The caller's abort or close() is no failure of the call.
        if (call.aborted || !(error instanceof PayConnectError)) throw error;
        const answer = error instanceof ApiError ? { status: error.status, requestId: error.requestId } : {};
        last = { reason: error.message, code: causeCode(error), ...answer };
        // An earlier attempt went out: the caller needs the key to retry it safely (one the SDK made is theirs only here).
        const key = request.headers["idempotency-key"];
        const final = sentBefore && key !== undefined && error instanceof ApiError
          ? withAdvice(error, `An earlier attempt of ${where()} was sent: retry with idempotencyKey "${key}" so it cannot take effect twice.`)
          : error;
        throw giveUp(final, scrub(last.reason));
      });
      const { response, token } = result;
      if (response) Object.defineProperty(response, SENT, { value: sent, configurable: true });
      if (response && budget) budget.observe(response.headers);
      let failure: PayConnectError | undefined;
      let outcome: AttemptOutcome;
      let reason: string;
      if (response) {
        // Stryker disable next-line StringLiteral: shouldRetry tells only "connection" and "timeout" apart from the rest
        outcome = { kind: "response", status: response.status };
        reason = `HTTP ${response.status}`;
      } else if (result.timedOut) {
        waitingFor = result.waitingFor;
        last = { reason: `a timeout after ${result.limitMs} ms${waitingFor ? ` waiting for ${waitingFor}` : ""}` };
        if (result.limitMs < timeoutMs) throw giveUp(deadlineFailure(result.cause, context()), outOfTime());
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
      // A timeout's cause is the SDK's own abort (ABORT_ERR): no code worth looking up. A success's body is not
      // parsed here (the caller parses it once; `.error.code` of a payment would throw and be caught per call).
      const code = response ? (response.status >= 300 ? errorCode(response.body) : undefined) : outcome.kind === "connection" ? causeCode(result.cause) : undefined;
      last = { reason, failure, status, requestId, code };
      if (debugOn) log("debug", `${where()} → ${last.reason} in ${now() - started} ms (attempt ${attempts}${requestId ? `, request id ${requestId}` : ""})`,
        { method: request.method, path: pathOf(), status, durationMs: now() - started, attempt: attempts, requestId, idempotencyKey: request.headers["idempotency-key"] });

      if (response) {
        // A success, or a 304 answering a conditional request made through pc.raw. Every other status from 300
        // on is an error to the methods (the API never redirects).
        if (response.status < 300 || response.status === 304) return response;
        if (response.status === 401 && token !== undefined && !refreshedAfter401) {
          // The token expired or was revoked server-side: drop it and resend once with a fresh one.
          refreshedAfter401 = true;
          credentials.invalidate(token);
          log("info", `${where()} → 401: access token rejected; fetching a new one and resending`);
          continue;
        }
        // Stryker disable next-line StringLiteral: shouldRetry tells only "connection" and "timeout" apart from the rest
        if (response.status === 409) outcome = { kind: "response", status: 409, code: last.code };
      }

      if (!shouldRetry({ outcome, method: request.method, repeatable, retriesSoFar: retries, maxRetries })) {
        if (failure) throw giveUp(failure, last.reason);
        return giveUp(response!, last.reason);
      }
      // A server asking for minutes is answered by the caller (RateLimitError.retryAfterSec), not by retrying sooner.
      if (response && asksTooLong(response.headers["retry-after"], now())) return giveUp(response, `${last.reason}, Retry-After longer than the SDK waits (60 s)`);
      const delay = retryDelayMs(retries, response?.headers["retry-after"], now(), random);
      // Waiting past the deadline only to give up there helps nobody: give up now. An answer is the call's error
      // as it is (a 429 stays a RateLimitError with its retryAfterSec); without one, the deadline is.
      if (now() + delay >= deadline) {
        const why = `gave up early: the next retry was due in ${delay} ms, past totalTimeoutMs (${totalTimeoutMs} ms); last: ${last.reason}`;
        if (!failure) return giveUp(response!, why);
        throw giveUp(deadlineFailure(failure, { ...context(), early: { elapsedMs: now() - startedAt, nextRetryMs: delay } }), why);
      }
      retries++;
      log("warn", `retrying ${where()} in ${delay} ms (retry ${retries} of ${maxRetries}) after ${last.reason}`, { reason: last.reason, delayMs: delay, retry: retries, idempotencyKey: request.headers["idempotency-key"] });
      await sleep(delay, call.signal);
    }
  }
}

/** `scrubNames`: the names' own scrub when it differs from the values' (a short credential); else one pass for both. */
function scrubbedHeaders(response: WireResponse, scrub: (text: string) => string, scrubNames?: (text: string) => string): WireResponse {
  const names = Object.keys(response.headers);
  const values = names.map((name) => response.headers[name]!);
  const texts = scrubNames ? values : [...names, ...values];
  const clean = lines(texts, scrub);
  const cleanNames = scrubNames ? lines(names, scrubNames) : clean.slice(0, names.length);
  if (clean === texts && (!scrubNames || cleanNames === names)) return response;
  const cleanValues = clean.slice(texts.length - values.length);
  const headers: Record<string, string> = {};
  // A name keeps to the characters a header name may have: "x-[redacted]" would make pc.raw's Response throw.
  names.forEach((_, i) => (headers[cleanNames[i]!.replaceAll(REDACTED, "redacted")] = cleanValues[i]!));
  return { ...response, headers };
}

/**
 * `texts` scrubbed in one pass rather than one each (the same array when nothing changed): a header holds no line
 * break (HTTP forbids it) and no spelling of a credential, no run of letters and digits, spans one, so the joined
 * lines scrub as each would alone. Should one hold a break all the same, the lines no longer match: each on its own.
 */
function lines(texts: string[], scrub: (text: string) => string): string[] {
  const joined = texts.join("\n");
  const clean = scrub(joined);
  if (clean === joined) return texts;
  const out = clean.split("\n");
  return out.length === texts.length ? out : texts.map(scrub);
}
