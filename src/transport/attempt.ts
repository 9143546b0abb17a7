// One attempt: the credential (waiting for the access token under the attempt's abort), then the
// transport call. The caller's abort and final SDK errors are thrown; a network failure or a timeout is
// returned for the core to classify and perhaps retry.
import { PayConnectError } from "../errors.js";
import type { AuthKind, Credentials, CoreRequest } from "./core-types.js";
import type { Abort } from "./abort.js";
import type { Slot } from "./rate-budget.js";
import { attemptAbort, untilAborted } from "./timeout.js";
import type { Transport, WireResponse } from "./types.js";

export type AttemptResult =
  | { response: WireResponse; token: string | undefined }
  | { response?: undefined; token?: undefined; cause: unknown; timedOut: boolean; waitingFor: Unsent | undefined; limitMs: number };

/** What an attempt that ended before it was sent was waiting for. */
export type Unsent = "the access token" | "a slot of the rate budget";

export async function sendAttempt(
  transport: Transport,
  credentials: Credentials,
  request: CoreRequest,
  auth: AuthKind,
  limitMs: number,
  call: Abort,
  /** Told the access token before it is sent: whatever comes back, answer or error, is scrubbed of it. */
  onToken: (token: string) => void,
  /** With a rate budget: `slot` takes this request's slot once the token is there (settled when the request has
   *  ended), and `requestLimitMs` says how long the request may take once it has it (its own timeoutMs, within the
   *  call's deadline). */
  budget?: { slot(abort: Abort): Promise<Slot>; requestLimitMs(): number },
): Promise<AttemptResult> {
  const headers = { ...request.headers };
  // The attempt's deadline and the caller's signal cover waiting for the token as well as the request.
  let attempt = attemptAbort(limitMs, call);
  let limit = limitMs;
  let token: string | undefined;
  let waitingFor: Unsent | undefined;
  try {
    if (auth === "accessToken") {
      waitingFor = "the access token";
      token = credentials.freshToken?.() ?? (await untilAborted(credentials.accessToken(), attempt.abort));
      onToken(token);
      headers.authorization = `Bearer ${token}`;
    } else if (auth === "secretKey") {
      headers.authorization = `Bearer ${credentials.secretKey}`;
    }
    let slot: Slot | undefined;
    if (budget) {
      waitingFor = "a slot of the rate budget";
      slot = await untilAborted(budget.slot(attempt.abort), attempt.abort);
      // A slot that came late must not leave the request a few milliseconds: it would be sent, take effect and be
      // cut before its answer. The request gets its own time from here.
      attempt.dispose();
      limit = budget.requestLimitMs();
      attempt = attemptAbort(limit, call);
    }
    waitingFor = undefined;
    try {
      // Raced with the signal too: a transport that never settles (a custom fetch ignoring its signal, a socket
      // node:http dropped without an event) must not outlive the attempt, or a token request never clears.
      return { response: await untilAborted(transport({ ...request, headers, abort: attempt.abort }), attempt.abort), token };
    } finally {
      slot?.settle();
    }
  } catch (cause) {
    // The caller's own abort ends the call at once, as fetch does: no retry, their reason.
    if (call.aborted) throw call.reason;
    // A failed token request (already retried) or an unusable response: final, and already clean.
    if (cause instanceof PayConnectError) throw cause;
    // `waitingFor`: it ended before it was sent, waiting for the access token or a slot of the rate budget.
    return { cause, timedOut: attempt.timedOut(), waitingFor, limitMs: limit };
  } finally {
    attempt.dispose();
  }
}
