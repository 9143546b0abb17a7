// What every recipe does after verifying: skip duplicates, answer 2xx at once, do the work afterwards.
import type { WebhookEvent } from "@payconnect/sdk/webhooks";

/** Where processed event ids are remembered. In production: a database table or Redis SET with a TTL of a few days. */
export interface SeenEvents {
  has(id: string): boolean | Promise<boolean>;
  add(id: string): unknown;
}

export interface WebhookReceiverOptions {
  /** The endpoint's webhook secret, or [old, new] while rotating. */
  secret: string | string[];
  /** Your business logic. Runs after the 2xx answer has been sent. */
  onEvent: (event: WebhookEvent) => Promise<void> | void;
  seen?: SeenEvents;
}

/**
 * Returns a function that records an event and schedules the work, resolving to false for a duplicate delivery (PayConnect retries until
 * it gets a 2xx, so the same event id can arrive more than once).
 */
export function eventAcceptor({ onEvent, seen = new Set<string>() }: WebhookReceiverOptions): (event: WebhookEvent) => Promise<boolean> {
  return async (event) => {
    if (await seen.has(event.id)) return false;
    await seen.add(event.id);
    // Answer first, work later: PayConnect waits at most 10 s for the 2xx. It will not deliver this event again,
    // so in production write it to a queue or table before answering and retry failed work from there.
    setTimeout(() => {
      Promise.resolve(onEvent(event)).catch((error: unknown) => console.error("webhook handler failed", event.id, error));
    }, 0);
    return true;
  };
}
