// What pc.raw's custom fetch hands openapi-fetch. openapi-fetch parses a body after the fetch returns, so
// whatever the SDK guarantees of an answer must hold before then: an error body (which openapi-fetch hands
// over as `error`, JSON-parsed or as text, whatever `parseAs` says) is scrubbed like any error text, and a
// 2xx read as JSON that is not JSON is the SDK's UnexpectedResponseError, not a bare SyntaxError quoting it.
import type { WireResponse } from "../transport/types.js";
import { successBody } from "./parse-response.js";

/**
 * `parseAs`: how openapi-fetch will read a 2xx body ("json" unless the caller said otherwise). `apiError`: the
 * error the methods give for `response`, thrown for a status a Response cannot hold (below 200, above 599).
 */
export function rawResponse(response: WireResponse, parseAs: string, where: string, scrub: (text: string) => string, apiError: () => Error): Response {
  const { status } = response;
  if (status < 200 || status > 599) throw apiError();
  const noBody = status === 204 || status === 205 || status === 304;
  if (status >= 200 && status < 300) {
    // Throws the UnexpectedResponseError; an empty body stays openapi-fetch's `data: undefined`.
    if (parseAs === "json" && !noBody && response.body !== "") successBody(response, where, [], scrub);
    // A success body is the caller's data (the token exchange's is an access token): handed over as sent.
    // Its headers come scrubbed from the core.
    return new Response(noBody ? null : response.body, { status, headers: response.headers });
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) headers[name] = scrub(value);
  const body = scrub(response.body);
  // The length the server sent no longer describes a scrubbed body.
  if (body !== response.body) delete headers["content-length"];
  return new Response(noBody ? null : body, { status, headers });
}
