// Event types, generated from the spec's `webhooks` section: a union discriminated by `type`.
import type { webhooks } from "../../generated/schema.js";

type JsonContent<T> = T extends { content: { "application/json": infer J } } ? J : never;
type EventOf<W> = W extends { post: { requestBody?: infer B } } ? JsonContent<NonNullable<B>> : never;

/**
 * Every event type described in openapi.yaml; `switch (event.type)` narrows `event.data.object`.
 *
 * A correctly signed event of a type newer than this SDK is returned too (forward compatibility), and
 * reaches the `default:` branch, where TypeScript types it `never`: read it as `UnknownWebhookEvent`.
 * (A `type: string` member in the union would stop every `case` from narrowing.)
 */
export type WebhookEvent = { [K in keyof webhooks]: EventOf<webhooks[K]> }[keyof webhooks];
export type KnownWebhookEvent = WebhookEvent;

/** The envelope every event has, whatever its type. */
export interface UnknownWebhookEvent {
  id: string;
  type: string;
  created_at: string;
  data: { object: Record<string, unknown> };
}
