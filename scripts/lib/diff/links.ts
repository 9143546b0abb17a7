// Response links (OpenAPI `links`): what a stateful client or a conformance run follows from one response to the
// next operation. Losing one, or pointing it elsewhere, breaks whoever follows it; a new link breaks nobody.
import { type Json, type JsonObject, isObject } from "../spec.ts";
import { follow } from "./refs.ts";
import { stable } from "./stable.ts";
import { ALWAYS, type Ctx, NEVER, child, emit } from "./types.ts";

export function diffLinks(ctx: Ctx, bl: Json | undefined, hl: Json | undefined): void {
  const b = isObject(bl) ? bl : {};
  const h = isObject(hl) ? hl : {};
  for (const name of Object.keys(b)) if (!(name in h)) emit(ctx, ALWAYS, `link ${name} removed`);
  for (const name of Object.keys(h)) if (!(name in b)) emit(ctx, NEVER, `link ${name} added`);
  for (const name of Object.keys(b)) {
    if (!(name in h)) continue;
    const [inner, bv, hv] = follow(child(ctx, `link ${name}`), b[name]!, h[name]!) as [Ctx, JsonObject, JsonObject];
    const target = (l: JsonObject) => stable(["operationId", "operationRef", "parameters", "requestBody", "server"].map((k) => l[k] ?? null));
    if (target(bv) !== target(hv)) emit(inner, ALWAYS, "target or parameters changed");
    if (bv.description !== hv.description) emit(inner, "docs", "description changed");
  }
}
