// generated/schema.ts: TypeScript types for paths, webhooks, components and operations.
import openapiTS, { astToString } from "openapi-typescript";
import type { JsonObject } from "../lib/spec.ts";

export async function renderTypes(spec: JsonObject, banner: string): Promise<string> {
  const ast = await openapiTS(structuredClone(spec) as never, {
    // DESIGN.md trap: with `true`, fields that have a default become required in responses *and* requests.
    defaultNonNullable: false,
    rootTypes: true,
    // `Record<string, never>` for empty objects keeps `{}` from accepting anything.
    emptyObjectsUnknown: false,
  });
  return banner + "\n" + astToString(ast);
}
