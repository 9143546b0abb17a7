// What the release tests change in the spec, chosen from the spec itself (never copied from it), so the next
// spec change needs no test edit.
import { type Json, type JsonObject, inlineSchema, listOperations } from "../../../scripts/lib/spec.ts";

/** Operations (by operationId) and webhooks (`webhook <event>`) whose inlined definition contains `needle`. */
export function reachers(spec: JsonObject, needle: string): string[] {
  const has = (op: { operation: JsonObject }) => JSON.stringify(inlineSchema(spec, op.operation as Json)).includes(needle);
  return [
    ...listOperations(spec).filter(has).map((op) => op.operationId),
    ...listOperations(spec, "webhooks").filter(has).map((op) => `webhook ${op.path}`),
  ];
}

/** The enum component schema that the most webhooks, then operations, reach (payment status, in today's spec). */
export function mostSharedEnum(spec: any): string {
  const sentinel = "zz_sentinel_value";
  const reach = (name: string) => {
    const s = structuredClone(spec);
    s.components.schemas[name].enum.push(sentinel);
    const all = reachers(s, sentinel);
    return all.filter((r) => r.startsWith("webhook ")).length * 1000 + all.length;
  };
  const names = Object.keys(spec.components.schemas).filter((n) => Array.isArray(spec.components.schemas[n].enum));
  return names.sort((a, b) => reach(b) - reach(a))[0]!;
}

/** The component schema the first 2xx JSON response of the operations refers to, and its last property. */
export function responseField(spec: any): { schema: string; property: string } {
  const schema = listOperations(spec)
    .flatMap((op) => Object.entries((op.operation.responses ?? {}) as Record<string, any>))
    .filter(([status, r]) => status.startsWith("2") && typeof r?.content?.["application/json"]?.schema?.$ref === "string")
    .map(([, r]) => String(r.content["application/json"].schema.$ref).split("/").at(-1)!)
    .find((n) => typeof spec.components.schemas[n]?.properties === "object")!;
  return { schema, property: Object.keys(spec.components.schemas[schema].properties).at(-1)! };
}
