// Validators for a spec other than openapi.yaml (a changed copy), built in-process the way the generated
// modules build theirs: the same schemas (scripts/gen/validators.ts) given to the same checker.
import { type ValidatorSchemas, formatTable, formatsFor, validatorSchemas } from "../../scripts/gen/validators.ts";
import type { JsonObject } from "../../scripts/lib/spec.ts";
import { type Schema, type ValidatorEntry, validatorEntry } from "../../src/validation/schema-check.ts";

export function buildValidators(spec: JsonObject): {
  schemas: ValidatorSchemas;
  requestValidators: Record<string, Record<string, ValidatorEntry>>;
  webhookValidators: Record<string, ValidatorEntry>;
  webhookEnvelope: ValidatorEntry;
} {
  const schemas = validatorSchemas(spec);
  const requestParts = Object.values(schemas.requests).flatMap((parts) => Object.values(parts).map((e) => e.schema));
  const requestFormats = formatTable(formatsFor(requestParts, "full"));
  const webhookFormats = formatTable(formatsFor([...Object.values(schemas.webhooks).map((e) => e.schema), schemas.envelope.schema, ...Object.values(schemas.webhookDefs)], "fast"));
  const defs = schemas.webhookDefs as Record<string, Schema>;
  const requestValidators = Object.fromEntries(Object.entries(schemas.requests).map(([id, parts]) =>
    [id, Object.fromEntries(Object.entries(parts).map(([part, e]) => [part, validatorEntry(e.schema as Schema, e.errorCodes, requestFormats)]))]));
  const webhookValidators = Object.fromEntries(Object.entries(schemas.webhooks).map(([type, e]) => [type, validatorEntry(e.schema as Schema, [], webhookFormats, defs)]));
  return { schemas, requestValidators, webhookValidators, webhookEnvelope: validatorEntry(schemas.envelope.schema as Schema, [], webhookFormats, defs) };
}
