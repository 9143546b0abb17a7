// A 2xx body as the method's return value. A body that is not JSON (a proxy's HTML page, a truncated
// answer), or an empty one where the spec documents JSON, becomes an UnexpectedResponseError saying what
// arrived, not a bare SyntaxError or an `undefined` passed off as the result.
import { UnexpectedResponseError } from "../errors.js";
import type { WireResponse } from "../transport/types.js";

export const SHOWN_CHARS = 200;

/**
 * `noContent`: the 2xx statuses the spec documents without a body ("204", "2XX"). `scrub` cleans the first bytes
 * of a body that is not JSON before they are shown; `null` shows none of them: the token endpoint's answer may
 * hold a token the server considers issued (a form-encoded OAuth answer), which no scrubber knows yet.
 */
export function successBody(response: WireResponse, where: string, noContent: readonly string[], scrub: ((text: string) => string) | null): unknown {
  if (response.body === "") {
    if (noContent.includes(String(response.status)) || noContent.some((s) => s.toUpperCase() === "2XX")) return undefined;
    // A JSON body was documented: an empty one is a proxy that swallowed it or a cut-off answer, not "nothing".
    throw new UnexpectedResponseError(
      `${where} answered ${response.status} with an empty body where the API documents JSON (content type ${response.headers["content-type"] ?? "none"}). ` +
        "Check that baseUrl points at the PayConnect API, not a proxy that drops bodies.",
      response,
    );
  }
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    // Scrub the whole body before cutting it, so a credential that straddles the cut cannot leak in part.
    const clean = scrub?.(response.body);
    const shown = clean === undefined ? ` (${response.body.length} characters, not shown: they may hold a credential)` : `: ${JSON.stringify(clean.length > SHOWN_CHARS ? `${clean.slice(0, SHOWN_CHARS)}…` : clean)}`;
    throw new UnexpectedResponseError(
      `${where} answered ${response.status} with a body that is not JSON (content type ${response.headers["content-type"] ?? "none"})${shown}. ` +
        "Check that baseUrl points at the PayConnect API.",
      response,
    );
  }
}
