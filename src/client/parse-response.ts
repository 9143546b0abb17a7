// A 2xx body as the method's return value. A body that is not JSON (a proxy's HTML page, a truncated
// answer) becomes an UnexpectedResponseError saying what arrived, not a bare SyntaxError.
import { UnexpectedResponseError } from "../errors.js";
import type { WireResponse } from "../transport/types.js";

const SHOWN_CHARS = 200;

export function successBody(response: WireResponse, where: string, scrub: (text: string) => string): unknown {
  if (response.body === "") return undefined;
  try {
    return JSON.parse(response.body) as unknown;
  } catch {
    // Scrub the whole body before cutting it, so a credential that straddles the cut cannot leak in part.
    const clean = scrub(response.body);
    const shown = clean.length > SHOWN_CHARS ? `${clean.slice(0, SHOWN_CHARS)}…` : clean;
    throw new UnexpectedResponseError(
      `${where} answered ${response.status} with a body that is not JSON (content type ${response.headers["content-type"] ?? "none"}): ` +
        `${JSON.stringify(shown)}. Check that baseUrl points at the PayConnect API.`,
      response,
    );
  }
}
