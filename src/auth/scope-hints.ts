// What a scope problem means for the client's `scope` option, said where it surfaces: an entry the spec does
// not know (refused before anything is sent), the token exchange refusing the scopes (seen from whatever call
// needed the token, so it says where it came from, whatever it is about), and a 403 for a scope the token lacks. Which words are
// scopes is the spec's to say (`isScope`, the token request's own validator), never a list kept here.
import type { ErrorCode } from "../../generated/models.js";
import { withAdvice } from "../api-error-advice.js";
import type { ApiError } from "../errors.js";

/** Whether `value` is one scope name the spec's token request accepts. */
export type IsScope = (value: string) => boolean;

const OPTION = "the `scope` option of createPayConnect";
// The spec's codes for "the token request is malformed" (its only field being the scope) and "the token lacks
// a scope"; typed, so a spec that renames them fails to compile. Anything else (a proxy's 403 page) gets no hint.
const INVALID_REQUEST: ErrorCode = "invalid_request";
const FORBIDDEN: ErrorCode = "forbidden";

// What a scope name looks like (dotted lower-case words, short): such an entry is quoted, anything else (a pasted
// secret key, which never looks like this) is named by its index only.
const SCOPE_LIKE = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/;
/** The longest word of a 403's explanation looked at as a scope name (with a sentence's full stop). */
const MAX_SCOPE_WORD = 100;

/**
 * Why the option holds a scope the spec does not know, and where the valid names are: the description of the
 * `scope` field of the token request (`tokenOperation`). Turning validateRequests off is no advice: the server
 * refuses the same name.
 */
export function scopeOptionProblem(scope: readonly string[], isScope: IsScope, tokenOperation: string): string | undefined {
  const bad = scope.flatMap((s, i) => (isScope(s) ? [] : [`\`scope[${i}]\`${s.length <= 40 && SCOPE_LIKE.test(s) ? ` (${JSON.stringify(s)})` : ""}`]));
  if (bad.length === 0) return undefined;
  return `${bad.join(", ")} ${bad.length > 1 ? "are not scopes" : "is not a scope"} the API documents: the valid names are in the description of the \`scope\` field of ${tokenOperation}'s request in the API reference`;
}

/**
 * A token-exchange refusal, seen from the call that needed the token: where it came from (a 503 from the token
 * endpoint must not read as one from the payments endpoint, which was never reached) and, when it is about the
 * scope (invalid_request, or one pointing at /scope), what to change.
 */
export function tokenRequestError(error: ApiError, scope: readonly string[], where: string): ApiError {
  const about = error.code === INVALID_REQUEST || error.param === "/scope";
  return withAdvice(error, about
    ? `From the access token request (${where}): check ${OPTION} (now ${JSON.stringify(scope)}).`
    : `From the access token request (${where}): the call could not get an access token.`);
}

/** A 403 forbidden from an API call: which scope to add to the option, when the server names one the client lacks. */
export function forbiddenScopeError(error: ApiError, scope: readonly string[], isScope: IsScope): ApiError {
  if (error.code !== FORBIDDEN) return error;
  // Only words a scope name could be (a hostile 403 may hold megabytes of dots: /\.+$/ on such a word is quadratic).
  const words = error.explanation.split(/[^\w.-]+/).filter((word) => word.length <= MAX_SCOPE_WORD).map((word) => word.replace(/\.+$/, ""));
  const missing = [...new Set(words.filter((w) => isScope(w) && !scope.includes(w)))].map((s) => JSON.stringify(s));
  const now = `(now ${JSON.stringify(scope)})`;
  return withAdvice(error, missing.length > 0
    ? `Add ${missing.join(" and ")} to ${OPTION} ${now}.`
    : `Check ${OPTION} ${now} and what the secret key may use.`);
}
