// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

// For servers of this API (the sandbox); the SDK does not import it.

/** The documented 2xx status of each operation. */
export const successStatus: Readonly<Record<string, number>> = {"createAccessToken":200,"listPayments":200,"createPayment":201,"getPayment":200,"cancelPayment":200,"listRefunds":200,"createRefund":201,"getRefund":200,"listEvents":200,"getEvent":200};

/** The status each API error code is documented with (from the error examples of the responses). */
export const errorStatus: Readonly<Record<string, number>> = {"invalid_request":400,"unauthorized":401,"rate_limited":429,"internal_error":500,"forbidden":403,"not_found":404,"idempotency_conflict":409,"invalid_amount":422,"amount_too_large":422,"invalid_currency":422,"invalid_email":422,"payment_not_cancelable":409,"refund_exceeds_payment":422};

/** Each operation's query parameters: their JSON type (query strings arrive as text) and default. */
export const queryParams: Readonly<Record<string, Readonly<Record<string, { readonly type: string; readonly default?: unknown }>>>> = {"listPayments":{"limit":{"type":"integer","default":10},"starting_after":{"type":"string"},"status":{"type":"string"},"customer_email":{"type":"string"},"created_gte":{"type":"string"},"created_lt":{"type":"string"}},"listRefunds":{"limit":{"type":"integer","default":10},"starting_after":{"type":"string"}},"listEvents":{"limit":{"type":"integer","default":10},"starting_after":{"type":"string"},"type":{"type":"string"},"payment_id":{"type":"string"}}};

/** Each operation's header parameters, named as the spec writes them (HTTP header names are case-insensitive). */
export const headerParams: Readonly<Record<string, readonly string[]>> = {"createAccessToken":["X-PayConnect-Client"],"listPayments":["X-PayConnect-Client"],"createPayment":["X-PayConnect-Client","Idempotency-Key"],"getPayment":["X-PayConnect-Client"],"cancelPayment":["X-PayConnect-Client","Idempotency-Key"],"listRefunds":["X-PayConnect-Client"],"createRefund":["X-PayConnect-Client","Idempotency-Key"],"getRefund":["X-PayConnect-Client"],"listEvents":["X-PayConnect-Client"],"getEvent":["X-PayConnect-Client"]};

/** The values of every enum schema under components.schemas. */
export const enums: Readonly<Record<string, readonly string[]>> = {"PaymentStatus":["pending","succeeded","failed","canceled","expired","refunded","partially_refunded"],"PaymentFailureCode":["card_declined","insufficient_funds","expired_card","authentication_failed","processing_error"],"RefundReason":["requested_by_customer","duplicate","fraudulent"],"ErrorCode":["invalid_request","invalid_amount","amount_too_large","invalid_currency","invalid_email","unauthorized","forbidden","not_found","idempotency_conflict","payment_not_cancelable","refund_exceeds_payment","rate_limited","internal_error"],"EventType":["payment.succeeded","payment.failed","payment.refunded"]};
