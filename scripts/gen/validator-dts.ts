// The .d.ts halves of generated/validators.js and generated/webhook-validators.js.
import type { Entry, Part } from "./validators.ts";

export const COMMON_DTS = `
/** An ajv error object (the fields the SDK reads). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator: returns whether \`data\` is valid and leaves the problems in \`errors\`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export interface ValidatorEntry {
  readonly validate: CompiledValidator;
  /** [schemaPath prefix, API error code] pairs from \`x-error-code\` in the spec, longest prefix first. */
  readonly errorCodes: ReadonlyArray<readonly [string, string]>;
}
`;

export function renderRequestDts(requests: Record<string, Partial<Record<Part, Entry>>>): string {
  return `
export declare const requestValidators: {
${Object.entries(requests)
  .map(([id, parts]) => `  readonly ${id}: { ${Object.keys(parts).map((p) => `readonly ${p}: ValidatorEntry;`).join(" ")} };`)
  .join("\n")}
};
`;
}

export function renderWebhookDts(webhooks: Record<string, Entry>): string {
  return `
/**
 * Event validators. \`validate(event)\` is a tolerant reader: it checks types, required fields and \`const\`,
 * and accepts what the spec calls non-breaking (a new optional field, a new value of an \`x-growable-enum\`, a
 * value beyond a loosened bound, pattern or format). \`validate.call({ strict: true }, event)\` checks the schema exactly.
 */
export declare const webhookValidators: {
${Object.keys(webhooks)
  .map((type) => `  readonly ${JSON.stringify(type)}: ValidatorEntry;`)
  .join("\n")}
};

/** The envelope every event shares ({ id, type, created_at, data: { object } }), for types this SDK does not know. */
export declare const webhookEnvelope: ValidatorEntry;
`;
}
