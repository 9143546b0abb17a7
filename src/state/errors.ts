// Errors of the shared state (src/state). Messages say what to do and never contain a password or a token.
import { PayConnectError } from "../error-base.js";

/** The shared store did not answer or refused a command (Redis down, a timeout, a wrong password). */
export class SharedStoreError extends PayConnectError {
  override name = "SharedStoreError";
}

/**
 * Another replica is processing this event right now (its claim has not ended). Answer the delivery with a 5xx:
 * PayConnect delivers it again later, when the other replica has finished (then it is a duplicate) or failed
 * (then it is processed).
 */
export class EventInProgressError extends PayConnectError {
  override name = "EventInProgressError";
  readonly eventId: string;
  constructor(eventId: string, message: string) {
    super(message);
    this.eventId = eventId;
  }
}

/** What a store error says, to repeat in a message or log line: a SharedStoreError's own words without its
 *  "SharedStore <where>: " (they are written to be shown, no password); another error only by name (a custom store's
 *  message may hold a secret). */
export function storeReason(error: unknown): string {
  if (error instanceof SharedStoreError) return error.message.replace(/^SharedStore \S+: /, "");
  return error instanceof Error ? error.name : "no answer";
}
