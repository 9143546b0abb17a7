// POST /v1/auth/token with the secret key. A 401 here means the *secret key* is wrong, which deserves
// its own message (without the key in it); a 400 is about the `scope` option, and says so. The exchange is safe to repeat, so it is retried like any
// transient failure; a token the client could not use (empty, unsendable, or with a lifetime that is not a
// positive finite number) is refused here rather than failing later in a header.
import { successBody } from "../client/parse-response.js";
import { AuthenticationError, UnexpectedResponseError } from "../errors.js";
import type { Core } from "../transport/core.js";
import { isHeaderSafeCredential } from "./credential-chars.js";
import { tokenRequestError } from "./scope-hints.js";
import type { IssuedToken } from "./token-manager.js";

/**
 * openapi.yaml's AccessToken.access_token minLength and maxLength (the SDK ships no response schemas to read
 * them from; a test checks both against the spec). A token outside them is no token of this API: a longer one
 * would only cost scrubbing, a shorter one ("e") would be in every word of every error and log line.
 */
export const MIN_ACCESS_TOKEN_LENGTH = 16;
export const MAX_ACCESS_TOKEN_LENGTH = 4096;

export async function requestToken(
  core: Core,
  baseUrl: string,
  path: string,
  scope: readonly string[],
  baseHeaders: Record<string, string>,
  operation: string,
): Promise<IssuedToken> {
  const response = await core.send(
    {
      method: "POST",
      url: baseUrl + path,
      headers: { ...baseHeaders, "content-type": "application/json" },
      body: JSON.stringify({ scope: scope.join(" ") }),
    },
    // No final "error" line of its own: the call that needed the token logs one with this error (a merchant's
    // call fails once, not twice), and a refresh behind the calls is logged at "warn" by the client.
    { auth: "secretKey", repeatable: true, logFailure: false },
  );
  if (response.status === 401) {
    const generic = core.apiError(response, { operation, method: "POST", path, baseUrl });
    // The server's own reason (scrubbed by apiError), e.g. the sandbox's "use the key it printed when it started".
    const said = generic.explanation;
    throw new AuthenticationError(
      401,
      {
        code: generic.code,
        docs_url: generic.docsUrl,
        message:
          `PayConnect rejected the secret key${said ? ` (${said.replace(/\.$/, "")})` : ""}. Check \`secretKey\`: use a current key ` +
          "(sk_test_… for the sandbox — a local sandbox prints its own on every start — sk_live_… for production).",
      },
      response.headers,
    );
  }
  // Anything but a 2xx is an error as for any API call; a redirect's (never followed) names where it pointed,
  // and its body is never a token, whatever it says.
  if (response.status < 200 || response.status >= 300) {
    throw tokenRequestError(core.apiError(response, { operation, method: "POST", path, baseUrl }), scope, `${operation}, POST ${path}`);
  }
  // Not JSON, or JSON without a usable token: what came back is named (status, content type), as for any other 2xx
  // the SDK cannot use, but never quoted: it may hold a token the server issued in a form the SDK cannot read.
  const where = `${operation} (POST ${path})`;
  const parsed = successBody(response, where, [], null) as { access_token?: unknown; expires_in?: unknown } | null;
  const token = parsed?.access_token;
  if (typeof token === "string" && (token.length > MAX_ACCESS_TOKEN_LENGTH || token.length < MIN_ACCESS_TOKEN_LENGTH)) {
    const bound = token.length > MAX_ACCESS_TOKEN_LENGTH ? `more than the API's ${MAX_ACCESS_TOKEN_LENGTH}` : `fewer than the API's ${MIN_ACCESS_TOKEN_LENGTH}`;
    throw new UnexpectedResponseError(
      `${where} answered ${response.status} with an access_token of ${token.length} characters, ${bound}; check baseUrl points at the PayConnect API.`,
      response,
    );
  }
  if (typeof token !== "string" || !isHeaderSafeCredential(token) || !isLifetime(parsed?.expires_in)) {
    throw new UnexpectedResponseError(
      `${where} answered ${response.status} without a usable access_token/expires_in; check baseUrl points at the PayConnect API.`,
      response,
    );
  }
  return { accessToken: token, expiresIn: parsed!.expires_in as number };
}

/** Seconds a token lives: a positive finite number (Number.isFinite is false for anything but a number). */
const isLifetime = (value: unknown): value is number => Number.isFinite(value) && (value as number) > 0;
