// One line per violation, for reports: where in the instance, and which constraint of the schema it breaks.
import { type JsonObject, typesOf } from "./json.ts";

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** E.g. "/amount below minimum 1", "/customer/email missing (required)". */
export function describe(keyword: string, at: string, schema: JsonObject, schemaPath: string, inner?: string): string {
  const where = at === "" ? "the instance" : at;
  const bound = schema[keyword];
  const phrase: Record<string, () => string> = {
    type: () => `not of type ${typesOf(schema).join(" or ")}`,
    required: () => "missing (required)",
    additionalProperties: () => "not a declared property (additionalProperties: false)",
    minimum: () => `below minimum ${show(bound)}`,
    maximum: () => `above maximum ${show(bound)}`,
    exclusiveMinimum: () => `not above exclusiveMinimum ${show(bound)}`,
    exclusiveMaximum: () => `not below exclusiveMaximum ${show(bound)}`,
    multipleOf: () => `not a multiple of ${show(bound)}`,
    minLength: () => `shorter than minLength ${show(bound)}`,
    maxLength: () => `longer than maxLength ${show(bound)}`,
    pattern: () => `not matching pattern ${show(bound)}`,
    format: () => `not a valid ${show(bound)} (format)`,
    enum: () => `not one of enum ${show(bound)}`,
    const: () => `not equal to const ${show(bound)}`,
    minItems: () => `with fewer than minItems ${show(bound)}`,
    maxItems: () => `with more than maxItems ${show(bound)}`,
    uniqueItems: () => "with a repeated item (uniqueItems)",
    minProperties: () => `with fewer than minProperties ${show(bound)}`,
    maxProperties: () => `with more than maxProperties ${show(bound)}`,
    propertyNames: () => `with a key breaking propertyNames ${inner ?? ""}`.trimEnd(),
  };
  const text = `${where} ${(phrase[keyword] ?? (() => `breaking ${keyword}`))()}`;
  return /\/(then|else)(\/|$)/.test(schemaPath) ? `${text} (conditional: ${schemaPath.includes("/then") ? "then" : "else"} branch)` : text;
}
