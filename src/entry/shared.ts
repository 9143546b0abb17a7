// What every entry exports besides the platform-bound factory.
export * from "../errors.js";
export type { PayConnectOptions, RequestOptions } from "../client/options.js";
// One named type per schema of the spec: Payment, Refund, PaymentStatus, CreatePaymentRequest, …
export * from "../../generated/models.js";
export type { components, paths, webhooks, operations as OperationTypes } from "../../generated/schema.js";
export { operations, type OperationId, type WebhookEventType } from "../../generated/operations.js";
export { VERSION } from "../version.js";
export type { ApiPromise, ResponseInfo, WithResponse } from "../client/api-promise.js";
export type { Logger, LogLevel, LogFields } from "../transport/log.js";
