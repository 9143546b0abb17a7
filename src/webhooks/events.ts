// Event types, generated from the spec's `webhooks` section: a union discriminated by `type`, plus one
// member for the types this SDK does not know yet (the spec declares event types growable).
import type { webhooks } from "../../generated/schema.js";

type JsonContent<T> = T extends { content: { "application/json": infer J } } ? J : never;
type EventOf<W> = W extends { post: { requestBody?: infer B } } ? JsonContent<NonNullable<B>> : never;

/** Every event type described in openapi.yaml. */
export type KnownWebhookEvent = { [K in keyof webhooks]: EventOf<webhooks[K]> }[keyof webhooks];

declare const unknownEventType: unique symbol;

/**
 * The `type` of an event newer than this SDK. At run time it is a plain string; read it with
 * `String(event.type)`. It is typed apart from `string` on purpose: TypeScript has no "any string but these"
 * type, and a `string` member would keep every `case "payment.…"` from narrowing `event.data.object`.
 */
export interface UnknownEventType extends String {
  readonly [unknownEventType]: true;
}

/** A correctly signed event of a type newer than this SDK: the envelope every event has, checked. */
export interface UnknownWebhookEvent {
  id: KnownWebhookEvent["id"];
  type: UnknownEventType;
  created_at: KnownWebhookEvent["created_at"];
  data: { object: Record<string, unknown> };
}

/**
 * What `verifyWebhook` returns. `switch (event.type)` narrows `event.data.object` for every known type; a
 * type newer than this SDK is returned too (forward compatibility) and reaches `default:`, typed
 * `UnknownWebhookEvent` — so a switch needs a default branch, and adding an event to the spec breaks no build.
 */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;
