// The OpenAPI `links` of the spec's responses, with the source response's schema (inlined), for tests that
// check or follow them.
import { type JsonObject, deref, inlineSchema, isObject, listOperations } from "../../scripts/lib/spec.ts";
import { spec } from "./spec-examples.ts";

export interface Link { from: string; status: string; name: string; operationId: string; parameters: Record<string, string>; schema: any }

export function specLinks(): Link[] {
  const out: Link[] = [];
  for (const op of listOperations(spec())) {
    for (const [status, raw] of Object.entries((op.operation.responses ?? {}) as JsonObject)) {
      const response = deref(spec(), raw) as JsonObject;
      if (!isObject(response.links)) continue;
      const schema = inlineSchema(spec(), ((response.content as any)?.["application/json"]?.schema ?? null));
      for (const [name, link] of Object.entries(response.links)) {
        const l = deref(spec(), link) as any;
        out.push({ from: op.operationId, status, name, operationId: l.operationId, parameters: l.parameters ?? {}, schema });
      }
    }
  }
  return out;
}

