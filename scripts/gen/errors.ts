// generated/errors.ts: the API error codes the spec marks `x-retryable` (on the error code schema), so the
// SDK's retry policy reads the spec's word on which errors may go away by themselves.
import { type JsonObject, isObject } from "../lib/spec.ts";

/** Every code listed in an `x-retryable` of a schema under components.schemas, checked against that schema's enum. */
export function retryableCodes(spec: JsonObject): string[] {
  const schemas = isObject(spec.components) && isObject(spec.components.schemas) ? spec.components.schemas : {};
  const codes: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || schema["x-retryable"] === undefined) continue;
    const listed = schema["x-retryable"];
    const known = Array.isArray(schema.enum) ? schema.enum : [];
    if (!Array.isArray(listed) || listed.some((code) => typeof code !== "string")) {
      throw new Error(`components.schemas.${name}.x-retryable must be a list of error codes`);
    }
    for (const code of listed as string[]) {
      if (!known.includes(code)) throw new Error(`components.schemas.${name}.x-retryable lists ${code}, which is not in its enum`);
      if (!codes.includes(code)) codes.push(code);
    }
  }
  return codes.sort();
}

export function renderErrors(spec: JsonObject, banner: string): string {
  return `${banner}
/** API error codes the spec marks \`x-retryable\`: the error may go away by itself, so the request is resent. */
export const retryableErrorCodes: readonly string[] = ${JSON.stringify(retryableCodes(spec))};
`;
}
