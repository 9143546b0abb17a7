// Response headers: the SDK reads them, so they are judged as a response: presence, `required`, wire format
// and schema, like a parameter's.
import { type Json, type JsonObject, isObject } from "../spec.ts";
import { diffContent, diffExamples } from "./content.ts";
import { follow } from "./refs.ts";
import { diffSchema } from "./schema.ts";
import { diffSerialization } from "./serialization.ts";
import { ALWAYS, type Ctx, NARROWS, NEVER, WIDENS, child, emit } from "./types.ts";

export function diffHeaders(ctx: Ctx, bh: Json | undefined, hh: Json | undefined): void {
  const b = isObject(bh) ? bh : {};
  const h = isObject(hh) ? hh : {};
  for (const name of Object.keys(b)) if (!(name in h)) emit(ctx, ALWAYS, `header ${name} no longer sent`);
  for (const name of Object.keys(h)) if (!(name in b)) emit(ctx, NEVER, `header ${name} added`);
  for (const name of Object.keys(b)) {
    if (!(name in h)) continue;
    const [inner, bv, hv] = follow(child(ctx, `header ${name}`), b[name]!, h[name]!) as [Ctx, JsonObject, JsonObject];
    if (!bv.required && hv.required) emit(inner, NARROWS, "became required");
    if (bv.required && !hv.required) emit(inner, WIDENS, "became optional (may be missing)");
    if (bv.description !== hv.description) emit(inner, "docs", "description changed");
    diffExamples(inner, bv.examples, hv.examples);
    diffSerialization(inner, "header", bv, hv);
    if (bv.content !== undefined || hv.content !== undefined) diffContent(inner, bv.content, hv.content);
    if (bv.schema !== undefined || hv.schema !== undefined) diffSchema(inner, bv.schema ?? {}, hv.schema ?? {});
  }
}
