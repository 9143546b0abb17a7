// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

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
}

export const operations = {
  createAccessToken: {"method":"post","path":"/v1/auth/token","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"hasQuery":false,"idempotent":false,"auth":"secretKey","paginated":false},
  listPayments: {"method":"get","path":"/v1/payments","pathParams":[],"queryParams":["limit","starting_after","status","customer_email","created_gte","created_lt"],"hasBody":false,"bodyRequired":false,"hasQuery":true,"idempotent":false,"auth":"accessToken","paginated":true},
  createPayment: {"method":"post","path":"/v1/payments","pathParams":[],"queryParams":[],"hasBody":true,"bodyRequired":true,"hasQuery":false,"idempotent":true,"auth":"accessToken","paginated":false},
  getPayment: {"method":"get","path":"/v1/payments/{payment_id}","pathParams":["payment_id"],"queryParams":[],"hasBody":false,"bodyRequired":false,"hasQuery":false,"idempotent":false,"auth":"accessToken","paginated":false},
  cancelPayment: {"method":"post","path":"/v1/payments/{payment_id}/cancel","pathParams":["payment_id"],"queryParams":[],"hasBody":false,"bodyRequired":false,"hasQuery":false,"idempotent":true,"auth":"accessToken","paginated":false},
  listRefunds: {"method":"get","path":"/v1/payments/{payment_id}/refunds","pathParams":["payment_id"],"queryParams":["limit","starting_after"],"hasBody":false,"bodyRequired":false,"hasQuery":true,"idempotent":false,"auth":"accessToken","paginated":true},
  createRefund: {"method":"post","path":"/v1/payments/{payment_id}/refunds","pathParams":["payment_id"],"queryParams":[],"hasBody":true,"bodyRequired":true,"hasQuery":false,"idempotent":true,"auth":"accessToken","paginated":false},
  getRefund: {"method":"get","path":"/v1/refunds/{refund_id}","pathParams":["refund_id"],"queryParams":[],"hasBody":false,"bodyRequired":false,"hasQuery":false,"idempotent":false,"auth":"accessToken","paginated":false},
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

/** Event types described in the spec's `webhooks` section. */
export const webhookEvents = ["payment.succeeded","payment.failed","payment.refunded"] as const;

export type WebhookEventType = (typeof webhookEvents)[number];
