// Object properties: removed, added, renamed (a property removed and one added with the same schema in the
// same object, reported as one change), and required or optional.
import { type Json, type JsonObject, inlineSchema, isObject } from "../spec.ts";
import { stable, strip } from "./stable.ts";
import { ALWAYS, type Ctx, type Impact, NARROWS, NEVER, WIDENS, child, emit } from "./types.ts";

type DiffSchema = (ctx: Ctx, b: Json, h: Json) => void;

export function diffProperties(ctx: Ctx, b: JsonObject, h: JsonObject, diffSchema: DiffSchema): void {
  const bp = isObject(b.properties) ? b.properties : {};
  const hp = isObject(h.properties) ? h.properties : {};
  const breq = new Set((b.required as string[] | undefined) ?? []);
  const hreq = new Set((h.required as string[] | undefined) ?? []);
  // Removing a property breaks readers; senders only when the object forbids unknown properties.
  const removal: Impact = { request: h.additionalProperties === false, response: true, event: true };
  // A new required property is missing from what older clients send and from events created before it.
  const addition = (name: string): Impact => (hreq.has(name) ? NARROWS : NEVER);

  const removed = Object.keys(bp).filter((n) => !(n in hp));
  const added = Object.keys(hp).filter((n) => !(n in bp));
  const shape = (spec: JsonObject, schema: Json) => stable(strip(inlineSchema(spec, schema)));
  for (const name of removed) {
    const twin = added.find((a) => shape(ctx.base, bp[name]!) === shape(ctx.head, hp[a]!));
    if (twin !== undefined) {
      added.splice(added.indexOf(twin), 1);
      // Code written against the old name breaks on both sides: a reader finds nothing there, and a value
      // sent under it is ignored or rejected.
      emit(ctx, ALWAYS, `renamed ${name} → ${twin}`);
    } else emit(child(ctx, `/${name}`), removal, "property removed");
  }
  for (const name of added) emit(child(ctx, `/${name}`), addition(name), `${hreq.has(name) ? "required" : "optional"} property added`);
  for (const name of Object.keys(bp)) if (name in hp) diffSchema(child(ctx, `/${name}`), bp[name]!, hp[name]!);
  for (const name of hreq) if (!breq.has(name) && name in bp && name in hp) emit(child(ctx, `/${name}`), NARROWS, "became required");
  for (const name of breq) if (!hreq.has(name) && name in bp && name in hp) emit(child(ctx, `/${name}`), WIDENS, "became optional (may be missing)");
}
