// Parameters of an operation (the SDK sends them) or of a webhook (PayConnect sends them: the receiver reads).
import { type Json, type JsonObject, deref, isObject } from "../spec.ts";
import { follow } from "./refs.ts";
import { diffContent } from "./content.ts";
import { diffSchema } from "./schema.ts";
import { diffSerialization } from "./serialization.ts";
import { stable } from "./stable.ts";
import { ALWAYS, type Ctx, NARROWS, NEVER, WIDENS, child, emit } from "./types.ts";

/** Path-level and operation-level parameters by `in name`, operation-level winning, $refs kept. */
export function parameterMap(spec: JsonObject, item: JsonObject, op: JsonObject): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const p = deref(spec, raw) as JsonObject;
      out.set(`${String(p.in)} ${String(p.name)}`, raw);
    }
  }
  return out;
}

export function diffParameters(ctx: Ctx, bp: Map<string, Json>, hp: Map<string, Json>): void {
  for (const [key, raw] of bp) {
    const at = child(ctx, `parameter ${key}`);
    if (!hp.has(key)) {
      emit(at, ALWAYS, ctx.direction === "request" ? "parameter removed (clients still sending it are rejected)" : "no longer sent");
      continue;
    }
    const [inner, b, h] = follow(at, raw, hp.get(key)!) as [Ctx, JsonObject, JsonObject];
    if (!b.required && h.required) emit(inner, NARROWS, "became required");
    if (b.required && !h.required) emit(inner, WIDENS, "became optional (may be missing)");
    if (b.description !== h.description || stable(b.example) !== stable(h.example) || stable(b.examples) !== stable(h.examples)) {
      emit(inner, "docs", "description or example changed");
    }
    if (!b.deprecated && h.deprecated) emit(inner, NEVER, "deprecated");
    diffSerialization(inner, String(h.in), b, h);
    if (b.content !== undefined || h.content !== undefined) diffContent(inner, b.content, h.content);
    if (b.schema !== undefined || h.schema !== undefined) diffSchema(inner, b.schema ?? {}, h.schema ?? {});
  }
  for (const [key, raw] of hp) {
    if (bp.has(key)) continue;
    const p = deref(ctx.head, raw);
    const required = isObject(p) && p.required === true;
    emit(child(ctx, `parameter ${key}`), required ? NARROWS : NEVER, `${required ? "required" : "optional"} parameter added`);
  }
}
