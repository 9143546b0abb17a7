// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

/** An ajv error object (the fields the SDK reads). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator: returns whether `data` is valid and leaves the problems in `errors`. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export interface ValidatorEntry {
  readonly validate: CompiledValidator;
  /** [schemaPath prefix, API error code] pairs from `x-error-code` in the spec, longest prefix first. */
  readonly errorCodes: ReadonlyArray<readonly [string, string]>;
}

export declare const requestValidators: {
  readonly createAccessToken: { readonly body: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly listPayments: { readonly query: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly createPayment: { readonly body: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly getPayment: { readonly path: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly cancelPayment: { readonly path: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly listRefunds: { readonly query: ValidatorEntry; readonly path: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly createRefund: { readonly body: ValidatorEntry; readonly path: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly getRefund: { readonly path: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly listEvents: { readonly query: ValidatorEntry; readonly header: ValidatorEntry; };
  readonly getEvent: { readonly path: ValidatorEntry; readonly header: ValidatorEntry; };
};
