// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

import type { components } from "./schema.js";

/**
 * A payment id.
 */
export type PaymentId = components["schemas"]["PaymentId"];

/**
 * A refund id.
 */
export type RefundId = components["schemas"]["RefundId"];

/**
 * An amount in minor units of the currency (kopecks for RUB), at least 1 and at most 2^53 − 1, the largest
 * integer every JSON reader holds exactly (a RUB payment has a lower limit, see `CreatePaymentRequest`).
 */
export type Amount = components["schemas"]["Amount"];

/**
 * Upper-case ISO 4217 currency code.
 */
export type Currency = components["schemas"]["Currency"];

/**
 * Up to 20 of your own key–value pairs (keys up to 40 characters, values up to 500), returned unchanged.
 */
export type Metadata = components["schemas"]["Metadata"];

export type CreateAccessTokenRequest = components["schemas"]["CreateAccessTokenRequest"];

export type AccessToken = components["schemas"]["AccessToken"];

/**
 * Who pays.
 */
export type CustomerInput = components["schemas"]["CustomerInput"];

/**
 * Who pays.
 */
export type Customer = components["schemas"]["Customer"];

export type CreatePaymentRequest = components["schemas"]["CreatePaymentRequest"];

/**
 * Where the confirmation page sends the customer once the payment has succeeded or failed (an absolute
 * `https://` URL of your site; `http://` is accepted for local testing). Show the order's state there from
 * your own records or `getPayment`, never from query parameters: fulfil on the webhook.
 */
export type ReturnUrl = components["schemas"]["ReturnUrl"];

/**
 * `pending` — waiting for the customer (at most 30 minutes); `succeeded` — paid; `failed` — declined;
 * `canceled` — canceled by you while pending; `expired` — not paid within 30 minutes;
 * `partially_refunded` / `refunded` — part or all of a succeeded payment was refunded.
 */
export type PaymentStatus = components["schemas"]["PaymentStatus"];

/**
 * Why a payment failed.
 */
export type PaymentFailure = components["schemas"]["PaymentFailure"];

/**
 * A machine-readable reason: `card_declined` — the bank declined the card; `insufficient_funds` — not
 * enough money on the card; `expired_card` — the card has expired; `authentication_failed` — 3-D Secure
 * was not completed; `processing_error` — a failure on the way to the bank, the customer may try again.
 */
export type PaymentFailureCode = components["schemas"]["PaymentFailureCode"];

export type Payment = components["schemas"]["Payment"];

export type PaymentList = components["schemas"]["PaymentList"];

export type CreateRefundRequest = components["schemas"]["CreateRefundRequest"];

/**
 * Why you refund, for your records and dispute handling.
 */
export type RefundReason = components["schemas"]["RefundReason"];

export type Refund = components["schemas"]["Refund"];

export type RefundList = components["schemas"]["RefundList"];

/**
 * `invalid_request` — malformed request; `invalid_amount` — amount not a positive integer;
 * `amount_too_large` — above the limit (200 000 RUB); `invalid_currency` — not an ISO 4217 code;
 * `invalid_email` — bad customer email; `unauthorized` — missing, expired or wrong credential;
 * `forbidden` — token lacks the scope; `not_found` — no such object; `idempotency_conflict` — key reused
 * with another body; `payment_not_cancelable` — payment not pending; `refund_exceeds_payment` — refund
 * larger than what is left; `rate_limited` — over 100 requests per minute; `internal_error` — retry later.
 */
export type ErrorCode = components["schemas"]["ErrorCode"];

/**
 * The body of every 4xx and 5xx response.
 */
export type Error = components["schemas"]["Error"];

/**
 * The event id. Deliveries may repeat — store processed ids and skip duplicates.
 */
export type EventId = components["schemas"]["EventId"];

/**
 * Envelope of a `payment.succeeded` event.
 */
export type PaymentSucceededEvent = components["schemas"]["PaymentSucceededEvent"];

/**
 * Envelope of a `payment.failed` event.
 */
export type PaymentFailedEvent = components["schemas"]["PaymentFailedEvent"];

/**
 * Envelope of a `payment.refunded` event.
 */
export type PaymentRefundedEvent = components["schemas"]["PaymentRefundedEvent"];

/**
 * The type of an event; one per webhook this document describes.
 */
export type EventType = components["schemas"]["EventType"];

/**
 * Any event PayConnect sends; `type` says which.
 */
export type Event = components["schemas"]["Event"];

export type EventList = components["schemas"]["EventList"];
