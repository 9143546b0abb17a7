// What every entry exports besides the platform-bound factory.
export * from "../errors.js";
export type { PayConnectOptions, RequestOptions } from "../client/options.js";
export type { components, paths, webhooks, operations as OperationTypes } from "../../generated/schema.js";
export { operations, type OperationId } from "../../generated/operations.js";
export { VERSION } from "../version.js";
