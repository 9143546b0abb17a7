// generated from openapi.yaml by scripts/generate.ts — do not edit. Run `npm run generate`.

/** API error codes the spec marks `x-retryable`: the error may go away by itself, so the request is resent. */
export const retryableErrorCodes: readonly string[] = ["internal_error","rate_limited"];
