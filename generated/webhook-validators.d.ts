// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

import type { ValidatorEntry } from "./validators.js";
export type { CompiledValidator, SchemaError, ValidatorEntry } from "./validators.js";

export declare const webhookValidators: {
  readonly "payment.succeeded": ValidatorEntry;
  readonly "payment.failed": ValidatorEntry;
  readonly "payment.refunded": ValidatorEntry;
};
