// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

import type { ValidatorEntry } from "./validators.js";
export type { CompiledValidator, SchemaError, ValidatorEntry } from "./validators.js";

/**
 * Event validators. `validate(event)` is a tolerant reader: it checks types, required fields and `const`,
 * and accepts what the spec calls non-breaking (a new optional field, a new value of an `x-growable-enum`, a
 * value beyond a loosened bound, pattern or format). `validate.call({ strict: true }, event)` checks the schema exactly.
 */
export declare const webhookValidators: {
  readonly "payment.succeeded": ValidatorEntry;
  readonly "payment.failed": ValidatorEntry;
  readonly "payment.refunded": ValidatorEntry;
};

/** The envelope every event shares ({ id, type, created_at, data: { object } }), for types this SDK does not know. */
export declare const webhookEnvelope: ValidatorEntry;
