// Binds the generic client to the generated tables of openapi.yaml.
import { type OperationPathArgs, operations } from "../../generated/operations.js";
import type { operations as OperationTypes, paths } from "../../generated/schema.js";
import { requestValidators } from "../../generated/validators.js";
import { type ClientExtras, createClientFrom, type Platform } from "../client/create-client.js";
import type { PayConnectOptions } from "../client/options.js";
import type { Methods } from "../client/types.js";

/**
 * A PayConnect client: one method per operation of the API, named by its `operationId`, taking the path
 * parameters first, then the body or query, then per-request options.
 */
export type PayConnect = Methods<typeof operations, OperationTypes, OperationPathArgs> & ClientExtras<paths>;

export function bindCreatePayConnect(platform: Platform): (options: PayConnectOptions) => PayConnect {
  return (options) =>
    createClientFrom<typeof operations, OperationTypes, paths>({ operations, requestValidators }, platform, options);
}
