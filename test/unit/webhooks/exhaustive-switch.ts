// Type-level rules of `switch (event.type)`, as a merchant writes it. types.test.ts type-checks this file
// against the spec and against a copy of the spec with one more event type: it must hold for both. No payload
// field is named here, so a renamed field needs no edit.
import { expectTypeOf } from "vitest";
import type { components } from "../../../src/entry/node.js";
import type { UnknownWebhookEvent, WebhookEvent } from "../../../src/entry/webhooks-node.js";

type Schemas = components["schemas"];

export function handle(event: WebhookEvent): number {
  switch (event.type) {
    // Known types narrow `event` and `event.data.object`.
    case "payment.succeeded":
      expectTypeOf(event).toEqualTypeOf<Schemas["PaymentSucceededEvent"]>();
      expectTypeOf(event.data.object).toEqualTypeOf<Schemas["Payment"]>();
      return 1;
    case "payment.failed":
      expectTypeOf(event).toEqualTypeOf<Schemas["PaymentFailedEvent"]>();
      return 2;
    case "payment.refunded":
      expectTypeOf(event).toEqualTypeOf<Schemas["PaymentRefundedEvent"]>();
      return 3;
    default: {
      // Every type this SDK does not know reaches the default branch, typed as (at least) the envelope.
      expectTypeOf<UnknownWebhookEvent>().toMatchTypeOf<typeof event>();
      // @ts-expect-error — so the branch is needed: `event` is not `never` here, whatever the spec lists.
      const exhaustive: never = event;
      void exhaustive;
      return String(event.type).length;
    }
  }
}

/** Without a default branch the switch falls through for unknown types: the return type says so. */
export function withoutDefault(event: WebhookEvent) {
  switch (event.type) {
    case "payment.succeeded":
    case "payment.failed":
    case "payment.refunded":
      return 1;
  }
}
expectTypeOf(withoutDefault).returns.toEqualTypeOf<1 | undefined>();
