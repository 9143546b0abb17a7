// From verified bytes to an event: parse, pick the event's schema by its own `type`, check it.
import { webhookEnvelope, webhookValidators } from "../../generated/webhook-validators.js";
import { WebhookVerificationError } from "../errors.js";
import type { WebhookEvent } from "./events.js";
import { bodyText } from "./raw-body.js";

const STRICT = Object.freeze({ strict: true });
const TOLERANT = Object.freeze({ strict: false });

export function parseEvent(body: string | Uint8Array, strict: boolean): WebhookEvent {
  let event: unknown;
  try {
    event = JSON.parse(bodyText(body));
  } catch {
    throw new WebhookVerificationError("invalid_payload", "The signed body is not valid UTF-8 JSON.");
  }
  const type = typeof event === "object" && event !== null ? (event as { type?: unknown }).type : undefined;
  // Own properties only: a signed `type` of "__proto__", "constructor" or "toString" must not reach
  // Object.prototype (issue 10 item 9). Such a type is one this SDK does not know: checked as an envelope, returned.
  const known = typeof type === "string" && Object.hasOwn(webhookValidators, type)
    ? webhookValidators[type as keyof typeof webhookValidators]
    : undefined;
  const validate = (known ?? webhookEnvelope).validate;
  // Tolerant unless asked: a genuine event is never turned away for a change the spec calls non-breaking.
  if (!validate.call(strict ? STRICT : TOLERANT, event)) {
    const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "/"} ${e.message}`);
    const what = known ? `Event ${String(type)} does not match the spec` : "The signed body is not an event envelope { id, type, created_at, data: { object } }";
    throw new WebhookVerificationError("invalid_payload", `${what}: ${problems.join("; ")}.`);
  }
  return event as WebhookEvent;
}
