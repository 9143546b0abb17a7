// The one error both transports throw when a response body passes MAX_RESPONSE_BYTES.
import { UnexpectedResponseError } from "../errors.js";
import { MAX_RESPONSE_BYTES } from "./limits.js";

export function tooLarge(method: string, url: string, status: number, headers: Record<string, string>): UnexpectedResponseError {
  return new UnexpectedResponseError(
    `${method} ${new URL(url).pathname} answered ${status} with a body larger than ${MAX_RESPONSE_BYTES} bytes ` +
      `(content type ${headers["content-type"] ?? "none"}); stopped reading. Check that baseUrl points at the PayConnect API.`,
    { status, headers },
  );
}
