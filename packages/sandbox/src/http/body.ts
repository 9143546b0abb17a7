// Reads a request body up to a limit, and parses it as the API's JSON.
import type { IncomingMessage } from "node:http";
import { ApiFailure } from "./api-error.ts";

export const MAX_BODY_BYTES = 1024 * 1024;

export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new ApiFailure("invalid_request", `The request body is larger than ${limit} bytes.`);
      chunks.push(chunk);
    }
  } catch (error) {
    // The client went away mid-body ("aborted"): bad input, not a failure of the sandbox to log as one.
    if (error instanceof ApiFailure) throw error;
    throw new ApiFailure("invalid_request", "The request body ended before it was complete (the connection was closed).");
  }
  return Buffer.concat(chunks);
}

/** The body as JSON; an empty body is `undefined` (an operation whose body is optional). */
export function parseJson(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  if (contentType !== undefined && !/^application\/json\b/i.test(contentType)) {
    throw new ApiFailure("invalid_request", `Send the body as JSON with Content-Type: application/json (got ${contentType.slice(0, 80)}).`);
  }
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new ApiFailure("invalid_request", "The request body is not valid JSON.");
  }
}
