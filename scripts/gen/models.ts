// generated/models.ts: one named type per `components.schemas` entry (`Payment`, `Refund`, `PaymentStatus`,
// …), so SDK users never spell `components["schemas"]["Payment"]`. Each type is an alias of the
// openapi-typescript type in generated/schema.ts, documented with the schema's own description.
import { isObject, type JsonObject } from "../lib/spec.ts";
import { isIdentifier, jsdoc } from "./jsdoc.ts";

export function schemaNames(spec: JsonObject): string[] {
  const components = isObject(spec.components) ? spec.components : {};
  return Object.keys(isObject(components.schemas) ? components.schemas : {});
}

export function renderModels(spec: JsonObject, banner: string): string {
  const schemas = (spec.components as JsonObject).schemas as JsonObject;
  const blocks = schemaNames(spec).map((name) => {
    if (!isIdentifier(name)) {
      throw new Error(`components.schemas.${name}: not a valid TypeScript name; rename it (letters, digits, _ and $) so the SDK can export it`);
    }
    const schema = isObject(schemas[name]) ? schemas[name] : {};
    const text = (key: string) => (typeof schema[key] === "string" ? (schema[key] as string) : undefined);
    const tags = schema.deprecated === true ? ["@deprecated"] : [];
    return `${jsdoc([text("title"), text("description")], tags)}export type ${name} = components["schemas"][${JSON.stringify(name)}];`;
  });
  return `${banner}
import type { components } from "./schema.js";

${blocks.join("\n\n")}
`;
}
