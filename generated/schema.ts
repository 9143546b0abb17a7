// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

export interface paths {
    "/v1/auth/token": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange the secret key for an access token
         * @description Returns a bearer access token valid for 24 hours (`expires_in` is `86400` seconds) for the requested
         *     scopes. Authenticate this call — and only this call — with your **secret key** as
         *     `Authorization: Bearer <secret key>`. Cache the token and reuse it for every other request; request a
         *     new one shortly before it expires rather than once per call.
         *
         *     - `400 invalid_request`: `scope` is missing or names an unknown scope — send `"payments.read payments.write"`.
         *     - `401 unauthorized`: the secret key is wrong, revoked or from another environment — check the dashboard.
         *     - `429 rate_limited`: wait for `Retry-After` seconds.
         */
        post: operations["createAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List payments
         * @description Returns your payments, newest first, one page at a time. Follow `has_more`: pass the `id` of the last
         *     payment as `starting_after` to get the next page. Filter by `status`, by the customer's email or by
         *     creation time (`created_gte` inclusive, `created_lt` exclusive, both RFC 3339).
         *
         *     - `400 invalid_request`: a query parameter is malformed (for example `limit` above 100) — fix it.
         *     - `404 not_found`: `starting_after` names a payment that does not exist.
         *     - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
         *     - `429 rate_limited`: wait `Retry-After` seconds.
         */
        get: operations["listPayments"];
        put?: never;
        /**
         * Create a payment
         * @description Creates a `pending` payment and returns it with a `confirmation_url`: redirect the customer there to
         *     pay. The payment session lives **30 minutes** (`expires_at`); after that the payment becomes
         *     `expired`. The final outcome arrives as a `payment.succeeded` or `payment.failed` webhook.
         *
         *     `amount` is an integer in minor units (kopecks for RUB), at least `1`; for `RUB` at most `20000000`
         *     (200 000 RUB). Send an `Idempotency-Key` so that a retry after a timeout cannot charge twice.
         *
         *     - `400 invalid_request`: the body is not valid JSON — fix the serialisation.
         *     - `422 invalid_amount` / `amount_too_large` / `invalid_currency` / `invalid_email`: fix the field named
         *       by `param`; retrying the same body will fail again.
         *     - `409 idempotency_conflict`: the key was already used with a different body — use a new key.
         *     - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.write`.
         *     - `429 rate_limited`: wait `Retry-After` seconds. `500 internal_error`: retry with the same key.
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{payment_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a payment
         * @description Returns the current state of one payment. Webhooks tell you when it changes; use this call to confirm
         *     an event or to poll while the customer is on the confirmation page.
         *
         *     - `404 not_found`: no payment with this id exists in your account — check the id and the environment.
         *     - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
         *     - `429 rate_limited`: wait `Retry-After` seconds.
         */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{payment_id}/cancel": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending payment
         * @description Cancels a payment that is still `pending`, so the customer can no longer pay it; it becomes
         *     `canceled`. Cancelling an already `canceled` payment returns it unchanged.
         *
         *     - `409 payment_not_cancelable`: the payment already succeeded, failed or expired — refund a succeeded
         *       payment instead.
         *     - `404 not_found`: no such payment. `401 unauthorized`: refresh the access token.
         *     - `403 forbidden`: the token lacks `payments.write`. `429 rate_limited`: wait `Retry-After` seconds.
         */
        post: operations["cancelPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/{payment_id}/refunds": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the refunds of a payment
         * @description Returns the refunds of one payment, newest first, one page at a time (see Pagination).
         *
         *     - `404 not_found`: no such payment, or `starting_after` names an unknown refund.
         *     - `400 invalid_request`: a query parameter is malformed — fix it.
         *     - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
         *     - `429 rate_limited`: wait `Retry-After` seconds.
         */
        get: operations["listRefunds"];
        put?: never;
        /**
         * Refund a payment
         * @description Returns money from a `succeeded` or `partially_refunded` payment to the customer. Omit `amount` to
         *     refund everything not yet refunded, or pass an integer in minor units for a partial refund. The
         *     payment becomes `partially_refunded` or `refunded`, and a `payment.refunded` webhook follows. Send an
         *     `Idempotency-Key` so that a retry cannot refund twice.
         *
         *     - `422 refund_exceeds_payment`: `amount` is larger than what is left to refund (`amount` −
         *       `amount_refunded`), or the payment has not succeeded, so nothing can be refunded yet.
         *       `422 invalid_amount`: `amount` is not a positive integer.
         *     - `409 idempotency_conflict`: the key was used with a different body — use a new key.
         *     - `404 not_found`: no such payment. `401 unauthorized`: refresh the access token.
         *     - `403 forbidden`: the token lacks `payments.write`. `429 rate_limited`: wait `Retry-After` seconds.
         */
        post: operations["createRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/refunds/{refund_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a refund
         * @description Returns one refund. A refund is usually `succeeded` at once; a `pending` refund settles within a few
         *     minutes and a `payment.refunded` webhook follows.
         *
         *     - `404 not_found`: no refund with this id exists in your account.
         *     - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
         *     - `429 rate_limited`: wait `Retry-After` seconds.
         */
        get: operations["getRefund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Returns the events PayConnect created for your account, newest first, one page at a time (see
         *     Pagination) — the same events, with the same ids, that were sent to your webhook endpoint. Use it to
         *     recover deliveries your endpoint missed; skip ids you have already processed.
         *
         *     - `400 invalid_request`: a query parameter is malformed — fix it.
         *     - `404 not_found`: `starting_after` names an unknown event.
         *     - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
         *     - `429 rate_limited`: wait `Retry-After` seconds.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{event_id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an event
         * @description Returns one event, exactly as it was sent to your webhook endpoint (same id, type and payload).
         *
         *     - `404 not_found`: no event with this id exists in your account.
         *     - `401 unauthorized`: refresh the access token. `403 forbidden`: the token lacks `payments.read`.
         *     - `429 rate_limited`: wait `Retry-After` seconds.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "payment.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment succeeded
         * @description Sent when the customer has paid: `data.object` is the payment, now `succeeded`. Fulfil the order here
         *     (not on the customer's redirect), after verifying the signature.
         */
        post: operations["onPaymentSucceeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment failed
         * @description Sent when the payment was declined or could not be processed: `data.object` is the payment, now
         *     `failed`, with `failure.code` and `failure.message` saying why. The customer may try again with a new
         *     payment.
         */
        post: operations["onPaymentFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment was refunded
         * @description Sent when a refund of the payment has succeeded: `data.object` is the payment, now
         *     `partially_refunded` or `refunded`, with `amount_refunded` the total refunded so far.
         */
        post: operations["onPaymentRefunded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description A payment id.
         * @example pay_2Kq7XvT9mB4nR8sL
         */
        PaymentId: string;
        /**
         * @description A refund id.
         * @example re_5Vn8QkC1xH3tG7bM
         */
        RefundId: string;
        /**
         * Format: int64
         * @description An amount in minor units of the currency (kopecks for RUB), at least 1 and at most 2^53 − 1, the largest
         *     integer every JSON reader holds exactly (a RUB payment has a lower limit, see `CreatePaymentRequest`).
         * @example 1000
         */
        Amount: number;
        /**
         * @description Upper-case ISO 4217 currency code.
         * @example RUB
         */
        Currency: string;
        /**
         * @description Up to 20 of your own key–value pairs (keys up to 40 characters, values up to 500), returned unchanged.
         * @example {
         *       "order_id": "12345"
         *     }
         */
        Metadata: {
            [key: string]: string;
        };
        CreateAccessTokenRequest: {
            /**
             * @description Space-separated scopes. `payments.read` reads payments and refunds; `payments.write` creates and changes them.
             * @example payments.write payments.read
             */
            scope: string;
        };
        AccessToken: {
            /** @description The bearer token for every other call, at least 16 characters. */
            access_token: string;
            /**
             * @description Always `Bearer`.
             * @constant
             */
            token_type: "Bearer";
            /**
             * Format: int32
             * @description Seconds until the token expires — 24 hours.
             * @constant
             */
            expires_in: 86400;
            /** @description The scopes granted, space-separated. */
            scope: string;
        };
        /** @description Who pays. */
        CustomerInput: {
            /**
             * Format: email
             * @description The customer's email address; receipts are sent there.
             * @example customer@example.com
             */
            email: string;
            /** @description The customer's or company's name, shown on the confirmation page. */
            name?: string;
        };
        /** @description Who pays. */
        Customer: {
            /**
             * Format: email
             * @description The customer's email address.
             */
            email: string;
            /** @description The customer's or company's name. */
            name?: string;
        };
        CreatePaymentRequest: {
            amount: components["schemas"]["Amount"];
            currency: components["schemas"]["Currency"];
            /** @description What is being paid for, shown to the customer. */
            description?: string;
            customer: components["schemas"]["CustomerInput"];
            metadata?: components["schemas"]["Metadata"];
            return_url?: components["schemas"]["ReturnUrl"];
        };
        /**
         * Format: uri
         * @description Where the confirmation page sends the customer once the payment has succeeded or failed (an absolute
         *     `https://` URL of your site; `http://` is accepted for local testing). Show the order's state there from
         *     your own records or `getPayment`, never from query parameters: fulfil on the webhook.
         * @example https://shop.example/orders/12345/thanks
         */
        ReturnUrl: string;
        /**
         * @description `pending` — waiting for the customer (at most 30 minutes); `succeeded` — paid; `failed` — declined;
         *     `canceled` — canceled by you while pending; `expired` — not paid within 30 minutes;
         *     `partially_refunded` / `refunded` — part or all of a succeeded payment was refunded.
         * @enum {string}
         */
        PaymentStatus: "pending" | "succeeded" | "failed" | "canceled" | "expired" | "refunded" | "partially_refunded" | (string & {});
        /** @description Why a payment failed. */
        PaymentFailure: {
            code: components["schemas"]["PaymentFailureCode"];
            /** @description A human-readable explanation you may show to the customer. */
            message: string;
        };
        /**
         * @description A machine-readable reason: `card_declined` — the bank declined the card; `insufficient_funds` — not
         *     enough money on the card; `expired_card` — the card has expired; `authentication_failed` — 3-D Secure
         *     was not completed; `processing_error` — a failure on the way to the bank, the customer may try again.
         * @example insufficient_funds
         * @enum {string}
         */
        PaymentFailureCode: "card_declined" | "insufficient_funds" | "expired_card" | "authentication_failed" | "processing_error" | (string & {});
        Payment: {
            id: components["schemas"]["PaymentId"];
            status: components["schemas"]["PaymentStatus"];
            /**
             * Format: int64
             * @description The amount in minor units (kopecks for RUB).
             */
            amount: number;
            /**
             * Format: int64
             * @description How much has been refunded so far, in minor units.
             */
            amount_refunded: number;
            currency: components["schemas"]["Currency"];
            /** @description What is being paid for, or null. */
            description: string | null;
            customer: components["schemas"]["Customer"];
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uri
             * @description Where to send the customer to pay, while the payment is `pending`; null otherwise.
             */
            confirmation_url: string | null;
            /**
             * Format: uri
             * @description The `return_url` given when the payment was created, or `null`.
             */
            return_url?: string | null;
            /**
             * Format: date-time
             * @description When the payment was created (RFC 3339, UTC).
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When the payment session ends — always `created_at` + 30 minutes. A payment still pending then becomes `expired`.
             */
            expires_at: string;
            /** @description Why the payment failed, when `status` is `failed`; null otherwise. */
            failure: components["schemas"]["PaymentFailure"] | null;
        };
        PaymentList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The payments of this page, newest first. */
            data: components["schemas"]["Payment"][];
            /** @description Whether another page follows; pass the last `id` as `starting_after` to get it. */
            has_more: boolean;
        };
        CreateRefundRequest: {
            amount?: components["schemas"]["Amount"];
            reason?: components["schemas"]["RefundReason"];
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Why you refund, for your records and dispute handling.
         * @enum {string}
         */
        RefundReason: "requested_by_customer" | "duplicate" | "fraudulent";
        Refund: {
            id: components["schemas"]["RefundId"];
            payment_id: components["schemas"]["PaymentId"];
            /**
             * @description `pending` until the money is on its way back; then `succeeded` or `failed`.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed" | (string & {});
            /**
             * Format: int64
             * @description The refunded amount in minor units.
             */
            amount: number;
            currency: components["schemas"]["Currency"];
            /** @description Why the refund was made, or null. */
            reason: components["schemas"]["RefundReason"] | null;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: date-time
             * @description When the refund was created (RFC 3339, UTC).
             */
            created_at: string;
        };
        RefundList: {
            /**
             * @description Always `list`.
             * @constant
             */
            object: "list";
            /** @description The refunds of this page, newest first. */
            data: components["schemas"]["Refund"][];
            /** @description Whether another page follows; pass the last `id` as `starting_after` to get it. */
            has_more: boolean;
        };
        /**
         * @description `invalid_request` — malformed request; `invalid_amount` — amount not a positive integer;
         *     `amount_too_large` — above the limit (200 000 RUB); `invalid_currency` — not an ISO 4217 code;
         *     `invalid_email` — bad customer email; `unauthorized` — missing, expired or wrong credential;
         *     `forbidden` — token lacks the scope; `not_found` — no such object; `idempotency_conflict` — key reused
         *     with another body; `payment_not_cancelable` — payment not pending; `refund_exceeds_payment` — refund
         *     larger than what is left; `rate_limited` — over 100 requests per minute; `internal_error` — retry later.
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "invalid_amount" | "amount_too_large" | "invalid_currency" | "invalid_email" | "unauthorized" | "forbidden" | "not_found" | "idempotency_conflict" | "payment_not_cancelable" | "refund_exceeds_payment" | "rate_limited" | "internal_error" | (string & {});
        /** @description The body of every 4xx and 5xx response. */
        Error: {
            error: {
                code: components["schemas"]["ErrorCode"];
                /** @description A human-readable explanation with what to do next. */
                message: string;
                /** @description JSON pointer to the request field at fault, such as `/customer/email`. */
                param?: string;
                /**
                 * Format: uri
                 * @description A link to the documentation of this error code.
                 */
                docs_url: string;
            };
        };
        /**
         * @description The event id. Deliveries may repeat — store processed ids and skip duplicates.
         * @example evt_1Qw8ErT5yU2iO9pA
         */
        EventId: string;
        /** @description Envelope of a `payment.succeeded` event. */
        PaymentSucceededEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payment.succeeded";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
        };
        /** @description Envelope of a `payment.failed` event. */
        PaymentFailedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payment.failed";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
        };
        /** @description Envelope of a `payment.refunded` event. */
        PaymentRefundedEvent: {
            id: components["schemas"]["EventId"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "payment.refunded";
            /**
             * Format: date-time
             * @description When the event happened.
             */
            created_at: string;
            data: {
                object: components["schemas"]["Payment"];
            };
        };
        /**
         * @description The type of an event; one per webhook this document describes.
         * @enum {string}
         */
        EventType: "payment.succeeded" | "payment.failed" | "payment.refunded" | (string & {});
        /** @description Any event PayConnect sends; `type` says which. */
        Event: components["schemas"]["PaymentSucceededEvent"] | components["schemas"]["PaymentFailedEvent"] | components["schemas"]["PaymentRefundedEvent"];
        EventList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Event"][];
            has_more: boolean;
        };
    };
    responses: {
        /** @description The request is malformed (for example not valid JSON, or a bad query parameter). Fix it; retrying will not help. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The credential is missing, expired or revoked. Get a new access token (or check the secret key) and retry. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The access token is valid but lacks the scope this call needs. Request a token with that scope. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such object in your account. Check the id and that you use the right environment. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The Idempotency-Key was already used with a different request body. Use a new key for a new operation. */
        IdempotencyConflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The payment is no longer pending and cannot be canceled. Refund it instead if it succeeded. */
        NotCancelable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A field is invalid. `param` points at it; fix it and send the request again. */
        UnprocessableEntity: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The refund amount is invalid or larger than what is left to refund. */
        RefundUnprocessable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description More than 100 requests per minute from your IP address. Wait `Retry-After` seconds, then retry. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Something went wrong on PayConnect's side. Retry with the same Idempotency-Key after a short backoff. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Any 2xx tells PayConnect the event was received. Answer within 10 seconds and do slow work afterwards. */
        WebhookAccepted: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description Any other status (or no answer within 10 seconds) makes PayConnect retry the delivery with backoff for up to 3 days. */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
         *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
         * @example payconnect-sdk-js/1.0.0 (node)
         */
        ClientIdentification: string;
        /** @description The payment's `id`, as returned when it was created. */
        PaymentIdPath: components["schemas"]["PaymentId"];
        /**
         * @description A unique key for this operation (at most 64 characters; a UUID v4 is ideal). PayConnect replays the
         *     first response for 24 hours to any retry with the same key and body; the same key with a different
         *     body is rejected with `409 idempotency_conflict`. The SDK sends one automatically.
         * @example 5f0c8a4e-2b7d-4c1a-9e3f-6d8b0a2c4e1f
         */
        IdempotencyKey: string;
        /**
         * @description How many objects to return, 1 to 100.
         * @example 25
         */
        Limit: number;
        /**
         * @description `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`. Each `v1` is the lowercase hex HMAC-SHA256, keyed with the
         *     UTF-8 bytes of your whole webhook secret (including its `whsec_` prefix), of the bytes of `"<t>."`
         *     followed by the **raw** request body. Accept the event when any `v1` matches (there are several
         *     while a secret is being rotated) and `t` is within 300 seconds of your clock, in either direction.
         *     Ignore unknown schemes such as `v0=`. Compare in constant time.
         * @example t=1764417792,v1=5b2c9f3a0e7d4c1b8a6f2e9d0c3b7a4f1e8d5c2b9a6f3e0d7c4b1a8f5e2d9c6b
         */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description A unique id of this request. Quote it when contacting support.
         * @example req_8Fj2Kd9Lq3Zx7Vb1
         */
        "X-Request-Id": string;
        /**
         * @description Requests allowed per minute from your IP address (100).
         * @example 100
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current one-minute window.
         * @example 97
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the current window ends, as Unix seconds.
         * @example 1764417840
         */
        "X-RateLimit-Reset": number;
        /**
         * @description Seconds to wait before retrying (at most a day).
         * @example 12
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type SchemaPaymentId = components['schemas']['PaymentId'];
export type SchemaRefundId = components['schemas']['RefundId'];
export type SchemaAmount = components['schemas']['Amount'];
export type SchemaCurrency = components['schemas']['Currency'];
export type SchemaMetadata = components['schemas']['Metadata'];
export type SchemaCreateAccessTokenRequest = components['schemas']['CreateAccessTokenRequest'];
export type SchemaAccessToken = components['schemas']['AccessToken'];
export type SchemaCustomerInput = components['schemas']['CustomerInput'];
export type SchemaCustomer = components['schemas']['Customer'];
export type SchemaCreatePaymentRequest = components['schemas']['CreatePaymentRequest'];
export type SchemaReturnUrl = components['schemas']['ReturnUrl'];
export type SchemaPaymentStatus = components['schemas']['PaymentStatus'];
export type SchemaPaymentFailure = components['schemas']['PaymentFailure'];
export type SchemaPaymentFailureCode = components['schemas']['PaymentFailureCode'];
export type SchemaPayment = components['schemas']['Payment'];
export type SchemaPaymentList = components['schemas']['PaymentList'];
export type SchemaCreateRefundRequest = components['schemas']['CreateRefundRequest'];
export type SchemaRefundReason = components['schemas']['RefundReason'];
export type SchemaRefund = components['schemas']['Refund'];
export type SchemaRefundList = components['schemas']['RefundList'];
export type SchemaErrorCode = components['schemas']['ErrorCode'];
export type SchemaError = components['schemas']['Error'];
export type SchemaEventId = components['schemas']['EventId'];
export type SchemaPaymentSucceededEvent = components['schemas']['PaymentSucceededEvent'];
export type SchemaPaymentFailedEvent = components['schemas']['PaymentFailedEvent'];
export type SchemaPaymentRefundedEvent = components['schemas']['PaymentRefundedEvent'];
export type SchemaEventType = components['schemas']['EventType'];
export type SchemaEvent = components['schemas']['Event'];
export type SchemaEventList = components['schemas']['EventList'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseIdempotencyConflict = components['responses']['IdempotencyConflict'];
export type ResponseNotCancelable = components['responses']['NotCancelable'];
export type ResponseUnprocessableEntity = components['responses']['UnprocessableEntity'];
export type ResponseRefundUnprocessable = components['responses']['RefundUnprocessable'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalError = components['responses']['InternalError'];
export type ResponseWebhookAccepted = components['responses']['WebhookAccepted'];
export type ResponseWebhookRejected = components['responses']['WebhookRejected'];
export type ParameterClientIdentification = components['parameters']['ClientIdentification'];
export type ParameterPaymentIdPath = components['parameters']['PaymentIdPath'];
export type ParameterIdempotencyKey = components['parameters']['IdempotencyKey'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterWebhookSignature = components['parameters']['WebhookSignature'];
export type HeaderXRequestId = components['headers']['X-Request-Id'];
export type HeaderXRateLimitLimit = components['headers']['X-RateLimit-Limit'];
export type HeaderXRateLimitRemaining = components['headers']['X-RateLimit-Remaining'];
export type HeaderXRateLimitReset = components['headers']['X-RateLimit-Reset'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type $defs = Record<string, never>;
export interface operations {
    createAccessToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessTokenRequest"];
            };
        };
        responses: {
            /** @description A new access token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /**
                 * @description How many objects to return, 1 to 100.
                 * @example 25
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The `id` of the last payment of the previous page; returns the payments after it. */
                starting_after?: components["schemas"]["PaymentId"];
                /** @description Only payments in this status. */
                status?: components["schemas"]["PaymentStatus"];
                /**
                 * @description Only payments of the customer with this email address (exact match).
                 * @example customer@example.com
                 */
                customer_email?: string;
                /**
                 * @description Only payments created at or after this time (RFC 3339).
                 * @example 2026-11-01T00:00:00Z
                 */
                created_gte?: string;
                /**
                 * @description Only payments created before this time (RFC 3339).
                 * @example 2026-12-01T00:00:00Z
                 */
                created_lt?: string;
            };
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
                /**
                 * @description A unique key for this operation (at most 64 characters; a UUID v4 is ideal). PayConnect replays the
                 *     first response for 24 hours to any retry with the same key and body; the same key with a different
                 *     body is rejected with `409 idempotency_conflict`. The SDK sends one automatically.
                 * @example 5f0c8a4e-2b7d-4c1a-9e3f-6d8b0a2c4e1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentRequest"];
            };
        };
        responses: {
            /** @description The payment was created and is waiting for the customer. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path: {
                /** @description The payment's `id`, as returned when it was created. */
                payment_id: components["parameters"]["PaymentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
                /**
                 * @description A unique key for this operation (at most 64 characters; a UUID v4 is ideal). PayConnect replays the
                 *     first response for 24 hours to any retry with the same key and body; the same key with a different
                 *     body is rejected with `409 idempotency_conflict`. The SDK sends one automatically.
                 * @example 5f0c8a4e-2b7d-4c1a-9e3f-6d8b0a2c4e1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment's `id`, as returned when it was created. */
                payment_id: components["parameters"]["PaymentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled payment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["NotCancelable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listRefunds: {
        parameters: {
            query?: {
                /**
                 * @description How many objects to return, 1 to 100.
                 * @example 25
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The `id` of the last refund of the previous page; returns the refunds after it. */
                starting_after?: components["schemas"]["RefundId"];
            };
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path: {
                /** @description The payment's `id`, as returned when it was created. */
                payment_id: components["parameters"]["PaymentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of refunds. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createRefund: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
                /**
                 * @description A unique key for this operation (at most 64 characters; a UUID v4 is ideal). PayConnect replays the
                 *     first response for 24 hours to any retry with the same key and body; the same key with a different
                 *     body is rejected with `409 idempotency_conflict`. The SDK sends one automatically.
                 * @example 5f0c8a4e-2b7d-4c1a-9e3f-6d8b0a2c4e1f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /** @description The payment's `id`, as returned when it was created. */
                payment_id: components["parameters"]["PaymentIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRefundRequest"];
            };
        };
        responses: {
            /** @description The refund was created. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["IdempotencyConflict"];
            422: components["responses"]["RefundUnprocessable"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRefund: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path: {
                /** @description The refund's `id`, as returned when it was created. */
                refund_id: components["schemas"]["RefundId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The refund. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description How many objects to return, 1 to 100.
                 * @example 25
                 */
                limit?: components["parameters"]["Limit"];
                /** @description The `id` of the last event of the previous page; returns the events after it. */
                starting_after?: components["schemas"]["EventId"];
                /** @description Only events of this type. */
                type?: components["schemas"]["EventType"];
                /** @description Only events about this payment. */
                payment_id?: components["schemas"]["PaymentId"];
            };
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Which SDK and version sent the request, like a User-Agent: `payconnect-sdk-js/<version> (<runtime>)`.
                 *     The official SDKs send it on every request; support uses it to spot clients affected by a known issue.
                 * @example payconnect-sdk-js/1.0.0 (node)
                 */
                "X-PayConnect-Client"?: components["parameters"]["ClientIdentification"];
            };
            path: {
                /** @description The event's `id`, as delivered to your webhook endpoint. */
                event_id: components["schemas"]["EventId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Event"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    onPaymentSucceeded: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`. Each `v1` is the lowercase hex HMAC-SHA256, keyed with the
                 *     UTF-8 bytes of your whole webhook secret (including its `whsec_` prefix), of the bytes of `"<t>."`
                 *     followed by the **raw** request body. Accept the event when any `v1` matches (there are several
                 *     while a secret is being rotated) and `t` is within 300 seconds of your clock, in either direction.
                 *     Ignore unknown schemes such as `v0=`. Compare in constant time.
                 * @example t=1764417792,v1=5b2c9f3a0e7d4c1b8a6f2e9d0c3b7a4f1e8d5c2b9a6f3e0d7c4b1a8f5e2d9c6b
                 */
                "x-payconnect-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentSucceededEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onPaymentFailed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`. Each `v1` is the lowercase hex HMAC-SHA256, keyed with the
                 *     UTF-8 bytes of your whole webhook secret (including its `whsec_` prefix), of the bytes of `"<t>."`
                 *     followed by the **raw** request body. Accept the event when any `v1` matches (there are several
                 *     while a secret is being rotated) and `t` is within 300 seconds of your clock, in either direction.
                 *     Ignore unknown schemes such as `v0=`. Compare in constant time.
                 * @example t=1764417792,v1=5b2c9f3a0e7d4c1b8a6f2e9d0c3b7a4f1e8d5c2b9a6f3e0d7c4b1a8f5e2d9c6b
                 */
                "x-payconnect-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentFailedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
    onPaymentRefunded: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`. Each `v1` is the lowercase hex HMAC-SHA256, keyed with the
                 *     UTF-8 bytes of your whole webhook secret (including its `whsec_` prefix), of the bytes of `"<t>."`
                 *     followed by the **raw** request body. Accept the event when any `v1` matches (there are several
                 *     while a secret is being rotated) and `t` is within 300 seconds of your clock, in either direction.
                 *     Ignore unknown schemes such as `v0=`. Compare in constant time.
                 * @example t=1764417792,v1=5b2c9f3a0e7d4c1b8a6f2e9d0c3b7a4f1e8d5c2b9a6f3e0d7c4b1a8f5e2d9c6b
                 */
                "x-payconnect-signature": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentRefundedEvent"];
            };
        };
        responses: {
            200: components["responses"]["WebhookAccepted"];
            400: components["responses"]["WebhookRejected"];
        };
    };
}
