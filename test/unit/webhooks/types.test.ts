// The event union narrows on `type`; unknown types land in the default branch without widening the others.
import { expectTypeOf, test } from "vitest";
import type { components } from "../../../src/entry/node.js";
import type { UnknownWebhookEvent, WebhookEvent } from "../../../src/entry/webhooks-node.js";

type Payment = components["schemas"]["Payment"];

test("switch (event.type) narrows event.data.object", () => {
  const handle = (event: WebhookEvent) => {
    switch (event.type) {
      case "payment.succeeded":
        expectTypeOf(event).toEqualTypeOf<components["schemas"]["PaymentSucceededEvent"]>();
        expectTypeOf(event.data.object).toEqualTypeOf<Payment>();
        return event.data.object.amount;
      case "payment.failed":
        expectTypeOf(event.data.object.failure).toEqualTypeOf<components["schemas"]["PaymentFailure"] | null>();
        return 0;
      case "payment.refunded":
        expectTypeOf(event.data.object.amount_refunded).toEqualTypeOf<number>();
        return 0;
      default: {
        // Only a type newer than the SDK gets here: never to TypeScript, UnknownWebhookEvent at runtime.
        expectTypeOf(event).toBeNever();
        const unknown = event as UnknownWebhookEvent;
        return unknown.type.length;
      }
    }
  };
  expectTypeOf(handle).returns.toEqualTypeOf<number>();
});
