// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

import type { operations as OperationTypes } from "./schema.js";

export interface OperationInfo {
  readonly method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  readonly path: string;
  /** Path parameter names, in the order they appear in the path. */
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
  readonly hasQuery: boolean;
  /** The operation accepts an `Idempotency-Key` header, so the SDK sends one and may retry it. */
  readonly idempotent: boolean;
  /** Which credential the operation needs. */
  readonly auth: "secretKey" | "accessToken" | "none";
  /** Cursor pagination with `starting_after` and a `{ data, has_more }` response. */
  readonly paginated: boolean;
  /** 2xx statuses documented without content ("204", "2XX"): only these may come back with an empty body. */
  readonly noContent: readonly string[];
}

export const operations = {
  createAccessToken: {"method":"post","path":"/v1/auth/token","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"hasQuery":false,"idempotent":false,"auth":"secretKey","paginated":false,"noContent":[]},
  listPayments: {"method":"get","path":"/v1/payments","pathParams":[],"queryParams":["limit","starting_after","status","customer_email","created_gte","created_lt"],"hasBody":false,"bodyRequired":false,"hasQuery":true,"idempotent":false,"auth":"accessToken","paginated":true,"noContent":[]},
  createPayment: {"method":"post","path":"/v1/payments","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"hasQuery":false,"idempotent":true,"auth":"accessToken","paginated":false,"noContent":[]},
  getPayment: {"method":"get","path":"/v1/payments/{payment_id}","pathParams":["payment_id"],"queryParams":[],"hasBody":false,"bodyRequired":false,"hasQuery":false,"idempotent":false,"auth":"accessToken","paginated":false,"noContent":[]},
  cancelPayment: {"method":"post","path":"/v1/payments/{payment_id}/cancel","pathParams":["payment_id"],"queryParams":[],"hasBody":false,"bodyRequired":false,"hasQuery":false,"idempotent":true,"auth":"accessToken","paginated":false,"noContent":[]},
  listRefunds: {"method":"get","path":"/v1/payments/{payment_id}/refunds","pathParams":["payment_id"],"queryParams":["limit","starting_after"],"hasBody":false,"bodyRequired":false,"hasQuery":true,"idempotent":false,"auth":"accessToken","paginated":true,"noContent":[]},
  createRefund: {"method":"post","path":"/v1/payments/{payment_id}/refunds","pathParams":["payment_id"],"queryParams":[],"hasBody":true,"bodyRequired":true,"hasQuery":false,"idempotent":true,"auth":"accessToken","paginated":false,"noContent":[]},
  getRefund: {"method":"get","path":"/v1/refunds/{refund_id}","pathParams":["refund_id"],"queryParams":[],"hasBody":false,"bodyRequired":false,"hasQuery":false,"idempotent":false,"auth":"accessToken","paginated":false,"noContent":[]},
  listEvents: {"method":"get","path":"/v1/events","pathParams":[],"queryParams":["limit","starting_after","type","payment_id"],"hasBody":false,"bodyRequired":false,"hasQuery":true,"idempotent":false,"auth":"accessToken","paginated":true,"noContent":[]},
  getEvent: {"method":"get","path":"/v1/events/{event_id}","pathParams":["event_id"],"queryParams":[],"hasBody":false,"bodyRequired":false,"hasQuery":false,"idempotent":false,"auth":"accessToken","paginated":false,"noContent":[]},
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

/** Event types described in the spec's `webhooks` section. */
export const webhookEvents = ["payment.succeeded","payment.failed","payment.refunded"] as const;

export type WebhookEventType = (typeof webhookEvents)[number];

/** Per operation: the path parameters, in path order, that the SDK method takes first; documented from the spec. */
export interface OperationPathArgs {
  /**
   * Exchange the secret key for an access token
   *
   * Returns a bearer access token valid for 24 hours (`expires_in` is `86400` seconds) for the requested
   * scopes. Authenticate this call — and only this call — with your **secret key** as
   * `Authorization: Bearer <secret key>`. Cache the token and reuse it for every other request; request a
   * new one shortly before it expires rather than once per call.
   *
   * - `400 invalid_request`: `scope` is missing or names an unknown scope — send `"payments.read payments.write"`.
   * - `401 unauthorized`: the secret key is wrong, revoked or from another environment — check the dashboard.
   * - `429 rate_limited`: wait for `Retry-After` seconds.
   *
   * `POST /v1/auth/token`
   * @see {@link https://docs.payconnect.com/api#tag/Authentication/operation/createAccessToken | API reference}
   */
  createAccessToken: [];
  /**
   * List payments
   *
   * Returns your payments, newest first, one page at a time. Follow `has_more`: pass the `id` of the last
   * payment as `starting_after` to get the next page. Filter by `status`, by the customer's email or by
   * creation time (`created_gte` inclusive, `created_lt` exclusive, both RFC 3339).
   *
   * - `400 invalid_request`: a query parameter is malformed (for example `limit` above 100) — fix it.
   * - `404 not_found`: `starting_after` names a payment that does not exist.
   * - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
   * - `429 rate_limited`: wait `Retry-After` seconds.
   *
   * `GET /v1/payments`
   * @see {@link https://docs.payconnect.com/api#tag/Payments/operation/listPayments | API reference}
   */
  listPayments: [];
  /**
   * Create a payment
   *
   * Creates a `pending` payment and returns it with a `confirmation_url`: redirect the customer there to
   * pay. The payment session lives **30 minutes** (`expires_at`); after that the payment becomes
   * `expired`. The final outcome arrives as a `payment.succeeded` or `payment.failed` webhook.
   *
   * `amount` is an integer in minor units (kopecks for RUB), at least `1`; for `RUB` at most `20000000`
   * (200 000 RUB). Send an `Idempotency-Key` so that a retry after a timeout cannot charge twice.
   *
   * - `400 invalid_request`: the body is not valid JSON — fix the serialisation.
   * - `422 invalid_amount` / `amount_too_large` / `invalid_currency` / `invalid_email`: fix the field named
   *   by `param`; retrying the same body will fail again.
   * - `409 idempotency_conflict`: the key was already used with a different body — use a new key.
   * - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.write`.
   * - `429 rate_limited`: wait `Retry-After` seconds. `500 internal_error`: retry with the same key.
   *
   * `POST /v1/payments`
   * @see {@link https://docs.payconnect.com/api#tag/Payments/operation/createPayment | API reference}
   */
  createPayment: [];
  /**
   * Retrieve a payment
   *
   * Returns the current state of one payment. Webhooks tell you when it changes; use this call to confirm
   * an event or to poll while the customer is on the confirmation page.
   *
   * - `404 not_found`: no payment with this id exists in your account — check the id and the environment.
   * - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
   * - `429 rate_limited`: wait `Retry-After` seconds.
   *
   * `GET /v1/payments/{payment_id}`
   * @see {@link https://docs.payconnect.com/api#tag/Payments/operation/getPayment | API reference}
   */
  getPayment: [paymentId: OperationTypes["getPayment"]["parameters"]["path"]["payment_id"]];
  /**
   * Cancel a pending payment
   *
   * Cancels a payment that is still `pending`, so the customer can no longer pay it; it becomes
   * `canceled`. Cancelling an already `canceled` payment returns it unchanged.
   *
   * - `409 payment_not_cancelable`: the payment already succeeded, failed or expired — refund a succeeded
   *   payment instead.
   * - `404 not_found`: no such payment. `401 unauthorized`: refresh the access token.
   * - `403 forbidden`: the token lacks `payments.write`. `429 rate_limited`: wait `Retry-After` seconds.
   *
   * `POST /v1/payments/{payment_id}/cancel`
   * @see {@link https://docs.payconnect.com/api#tag/Payments/operation/cancelPayment | API reference}
   */
  cancelPayment: [paymentId: OperationTypes["cancelPayment"]["parameters"]["path"]["payment_id"]];
  /**
   * List the refunds of a payment
   *
   * Returns the refunds of one payment, newest first, one page at a time (see Pagination).
   *
   * - `404 not_found`: no such payment, or `starting_after` names an unknown refund.
   * - `400 invalid_request`: a query parameter is malformed — fix it.
   * - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
   * - `429 rate_limited`: wait `Retry-After` seconds.
   *
   * `GET /v1/payments/{payment_id}/refunds`
   * @see {@link https://docs.payconnect.com/api#tag/Refunds/operation/listRefunds | API reference}
   */
  listRefunds: [paymentId: OperationTypes["listRefunds"]["parameters"]["path"]["payment_id"]];
  /**
   * Refund a payment
   *
   * Returns money from a `succeeded` or `partially_refunded` payment to the customer. Omit `amount` to
   * refund everything not yet refunded, or pass an integer in minor units for a partial refund. The
   * payment becomes `partially_refunded` or `refunded`, and a `payment.refunded` webhook follows. Send an
   * `Idempotency-Key` so that a retry cannot refund twice.
   *
   * - `422 refund_exceeds_payment`: `amount` is larger than what is left to refund (`amount` −
   *   `amount_refunded`), or the payment has not succeeded, so nothing can be refunded yet.
   *   `422 invalid_amount`: `amount` is not a positive integer.
   * - `409 idempotency_conflict`: the key was used with a different body — use a new key.
   * - `404 not_found`: no such payment. `401 unauthorized`: refresh the access token.
   * - `403 forbidden`: the token lacks `payments.write`. `429 rate_limited`: wait `Retry-After` seconds.
   *
   * `POST /v1/payments/{payment_id}/refunds`
   * @see {@link https://docs.payconnect.com/api#tag/Refunds/operation/createRefund | API reference}
   */
  createRefund: [paymentId: OperationTypes["createRefund"]["parameters"]["path"]["payment_id"]];
  /**
   * Retrieve a refund
   *
   * Returns one refund. A refund is usually `succeeded` at once; a `pending` refund settles within a few
   * minutes and a `payment.refunded` webhook follows.
   *
   * - `404 not_found`: no refund with this id exists in your account.
   * - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
   * - `429 rate_limited`: wait `Retry-After` seconds.
   *
   * `GET /v1/refunds/{refund_id}`
   * @see {@link https://docs.payconnect.com/api#tag/Refunds/operation/getRefund | API reference}
   */
  getRefund: [refundId: OperationTypes["getRefund"]["parameters"]["path"]["refund_id"]];
  /**
   * List events
   *
   * Returns the events PayConnect created for your account, newest first, one page at a time (see
   * Pagination) — the same events, with the same ids, that were sent to your webhook endpoint. Use it to
   * recover deliveries your endpoint missed; skip ids you have already processed.
   *
   * - `400 invalid_request`: a query parameter is malformed — fix it.
   * - `404 not_found`: `starting_after` names an unknown event.
   * - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
   * - `429 rate_limited`: wait `Retry-After` seconds.
   *
   * `GET /v1/events`
   * @see {@link https://docs.payconnect.com/api#tag/Events/operation/listEvents | API reference}
   */
  listEvents: [];
  /**
   * Retrieve an event
   *
   * Returns one event, exactly as it was sent to your webhook endpoint (same id, type and payload).
   *
   * - `404 not_found`: no event with this id exists in your account.
   * - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
   * - `429 rate_limited`: wait `Retry-After` seconds.
   *
   * `GET /v1/events/{event_id}`
   * @see {@link https://docs.payconnect.com/api#tag/Events/operation/getEvent | API reference}
   */
  getEvent: [eventId: OperationTypes["getEvent"]["parameters"]["path"]["event_id"]];
}
