// The errors a transport throws for an answer it will not read: a body over MAX_RESPONSE_BYTES (both
// transports), a redirect whose target a browser's fetch hides.
import { UnexpectedResponseError } from "../errors.js";
import { MAX_RESPONSE_BYTES } from "./limits.js";

export function tooLarge(method: string, url: string, status: number, headers: Record<string, string>): UnexpectedResponseError {
  return new UnexpectedResponseError(
    `${method} ${new URL(url).pathname} answered ${status} with a body larger than ${MAX_RESPONSE_BYTES} bytes ` +
      `(content type ${headers["content-type"] ?? "none"}); stopped reading. Check that baseUrl points at the PayConnect API.`,
    { status, headers },
  );
}

export function redirected(method: string, url: string): UnexpectedResponseError {
  return new UnexpectedResponseError(
    `${method} ${new URL(url).pathname} answered with a redirect; the PayConnect API never redirects, so it was not followed. ` +
      "Check baseUrl: the exact API origin, with https://, e.g. https://api.payconnect.com.",
    { status: 0, headers: {} },
  );
}
