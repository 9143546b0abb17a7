// Object properties: removed, added, renamed (a property removed and one added with the same schema in the
// same object, reported as one change), and required or optional.
import { type Json, type JsonObject, inlineSchema, isObject } from "../spec.ts";
import { resolveOnce } from "./refs.ts";
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
  const newNames = new Set(Object.keys(hp).filter((n) => !(n in bp)));
  for (const name of added) emit(child(ctx, `/${name}`), addition(name), `${hreq.has(name) ? "required" : "optional"} property added`);
  for (const name of Object.keys(bp)) if (name in hp) diffSchema(child(ctx, `/${name}`), bp[name]!, hp[name]!);
  // `required` is compared by name, whether or not the name is under `properties`: on a closed object a new
  // required name that is not a property makes every value invalid. New and removed properties said it already.
  for (const name of hreq) {
    if (breq.has(name) || newNames.has(name)) continue;
    emit(child(ctx, `/${name}`), NARROWS, name in hp ? "became required" : "became required (not under properties)");
  }
  for (const name of breq) if (!hreq.has(name) && !removed.includes(name)) emit(child(ctx, `/${name}`), WIDENS, "became optional (may be missing)");
  for (const name of Object.keys(bp)) if (name in hp) diffAccess(ctx, name, bp[name]!, hp[name]!, hreq.has(name));
}

/**
 * readOnly: only in what the API produces (responses, events); requests should not send it. writeOnly: only in
 * requests; responses and events no longer carry it. `required` applies only on the side that carries it.
 */
function diffAccess(ctx: Ctx, name: string, bs: Json, hs: Json, required: boolean): void {
  const flag = (side: "base" | "head", s: Json, kw: string) => {
    const v = resolveOnce(ctx, side, s);
    return isObject(v) && v[kw] === true;
  };
  const at = child(ctx, `/${name}`);
  const [bro, hro] = [flag("base", bs, "readOnly"), flag("head", hs, "readOnly")];
  const [bwo, hwo] = [flag("base", bs, "writeOnly"), flag("head", hs, "writeOnly")];
  if (!bro && hro) emit(at, { request: true, response: false, event: false }, "became readOnly (requests should no longer send it)");
  if (bro && !hro) emit(at, { request: required, response: false, event: false }, `no longer readOnly (requests ${required ? "must" : "may"} send it)`);
  if (!bwo && hwo) emit(at, { request: false, response: true, event: true }, "became writeOnly (no longer returned or sent to readers)");
  // Events created before the change lack it, so an upgraded receiver that requires it rejects their redeliveries.
  if (bwo && !hwo) emit(at, { request: false, response: false, event: required }, "no longer writeOnly (now returned too)");
}
