// Validators for a spec other than openapi.yaml (a changed copy), built in-process the way the generated
// modules build theirs: the same schemas (scripts/gen/validators.ts) given to the same checker.
import { type ValidatorSchemas, formatTable, validatorFormats, validatorSchemas } from "../../scripts/gen/validators.ts";
import type { JsonObject } from "../../scripts/lib/spec.ts";
import { type Schema, type ValidatorEntry, validatorEntry } from "../../src/validation/schema-check.ts";

export function buildValidators(spec: JsonObject): {
  schemas: ValidatorSchemas;
  requestValidators: Record<string, Record<string, ValidatorEntry>>;
  webhookValidators: Record<string, ValidatorEntry>;
  webhookEnvelope: ValidatorEntry;
} {
  const schemas = validatorSchemas(spec);
  const formats = validatorFormats(schemas);
  const requestFormats = formatTable(formats.requests);
  const webhookFormats = formatTable(formats.webhooks);
  const defs = schemas.webhookDefs as Record<string, Schema>;
  const requestValidators = Object.fromEntries(Object.entries(schemas.requests).map(([id, parts]) =>
    [id, Object.fromEntries(Object.entries(parts).map(([part, e]) => [part, validatorEntry(e.schema as Schema, e.errorCodes, requestFormats)]))]));
  const webhookValidators = Object.fromEntries(Object.entries(schemas.webhooks).map(([type, e]) => [type, validatorEntry(e.schema as Schema, [], webhookFormats, defs)]));
  return { schemas, requestValidators, webhookValidators, webhookEnvelope: validatorEntry(schemas.envelope.schema as Schema, [], webhookFormats, defs) };
}
