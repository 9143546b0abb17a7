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

/** Every value of every example in the spec: media-type `example(s)`, `components.examples`, schema `examples`. */
function exampleValues(node: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((n) => exampleValues(n, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "example") out.push(value);
      else if (key === "examples") out.push(...(Array.isArray(value) ? value : Object.values(value ?? {}).map((e: any) => e?.value)));
      else exampleValues(value, out);
    }
  }
  return out;
}

function countKey(value: unknown, key: string): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countKey(v, key), 0);
  if (!value || typeof value !== "object") return 0;
  return Object.entries(value).reduce((n, [k, v]) => n + (k === key ? 1 : 0) + countKey(v, key), 0);
}

/** Every property name any schema declares, however deeply nested, with how many times. */
function propertyNames(node: unknown, out = new Map<string, number>()): Map<string, number> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && value && typeof value === "object") for (const p of Object.keys(value)) out.set(p, (out.get(p) ?? 0) + 1);
      if (key !== "examples" && key !== "example") propertyNames(value, out);
    }
  }
  return out;
}

/**
 * The response field the rehearsal renames: a property of a component schema that a 2xx response returns, that
 * the spec's examples carry (so fixtures, vectors and benches built from them see the rename), that no other
 * schema declares (so every example key of that name is this field) and that `code` — the text of src/,
 * examples/, README.md and docs/ — does not name: renaming a field the SDK or its documented usage reads fails the type check, rightly.
 * The one the most examples carry wins.
 */
export function renamableResponseField(spec: any, code: string): { schema: string; property: string; examples: number } {
  const returned = new Set(listOperations(spec)
    .flatMap((op) => Object.entries((op.operation.responses ?? {}) as Record<string, any>))
    .filter(([status]) => status.startsWith("2"))
    .map(([, r]) => String(r?.content?.["application/json"]?.schema?.$ref ?? "").split("/").at(-1)!)
    .filter((n) => n && spec.components.schemas[n]?.properties));
  const declared = propertyNames(spec.components.schemas);
  const examples = exampleValues(spec);
  const candidates = [...returned].flatMap((schema) => Object.keys(spec.components.schemas[schema].properties).map((property) => ({
    schema, property, examples: examples.reduce((n: number, ex) => n + countKey(ex, property), 0),
  })));
  const fit = candidates.filter((c) => c.examples > 0 && declared.get(c.property) === 1 && !new RegExp(`\\b${c.property}\\b`).test(code));
  if (!fit.length) throw new Error("no response field is in the examples, unique to its schema and unnamed by src/, examples/, README.md and docs/");
  return fit.sort((a, b) => b.examples - a.examples)[0]!;
}

/** The first string value of the first 2xx response example of an operation that returns `schema`. */
export function exampleString(spec: any, schema: string): string {
  for (const op of listOperations(spec)) {
    for (const [status, response] of Object.entries((op.operation.responses ?? {}) as Record<string, any>)) {
      const media = response?.content?.["application/json"];
      if (!status.startsWith("2") || media?.schema?.$ref !== `#/components/schemas/${schema}`) continue;
      for (const ex of Object.values<any>(media.examples ?? {})) {
        const value = ex.$ref ? spec.components.examples[ex.$ref.split("/").at(-1)].value : ex.value;
        const found = Object.values(value ?? {}).find((v) => typeof v === "string");
        if (typeof found === "string") return found;
      }
    }
  }
  throw new Error(`no 2xx response example of ${schema} has a string value`);
}
