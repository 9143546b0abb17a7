// Binds the generic client to the generated tables of openapi.yaml.
import { operations } from "../../generated/operations.js";
import type { operations as OperationTypes, paths } from "../../generated/schema.js";
import { requestValidators } from "../../generated/validators.js";
import { type ClientFor, createClientFrom, type Platform } from "../client/create-client.js";
import type { PayConnectOptions } from "../client/options.js";

export type PayConnect = ClientFor<typeof operations, OperationTypes, paths>;

export function bindCreatePayConnect(platform: Platform): (options: PayConnectOptions) => PayConnect {
  return (options) =>
    createClientFrom<typeof operations, OperationTypes, paths>({ operations, requestValidators }, platform, options);
}
