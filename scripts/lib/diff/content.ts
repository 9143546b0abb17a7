// Request and response bodies: media types, their schemas and examples.
import { type Json, isObject } from "../spec.ts";
import { follow } from "./refs.ts";
import { diffSchema } from "./schema.ts";
import { stable } from "./stable.ts";
import { ALWAYS, type Ctx, NEVER, emit } from "./types.ts";

export function diffContent(ctx: Ctx, bc: Json | undefined, hc: Json | undefined): void {
  const b = isObject(bc) ? bc : {};
  const h = isObject(hc) ? hc : {};
  for (const type of Object.keys(b)) {
    if (!(type in h)) {
      emit(ctx, ALWAYS, `${type} content removed`);
      continue;
    }
    const bm = b[type] as { [key: string]: Json };
    const hm = h[type] as { [key: string]: Json };
    if (stable(bm.example) !== stable(hm.example)) emit(ctx, "docs", "example changed");
    diffExamples(ctx, bm.examples, hm.examples);
    diffSchema(ctx, bm.schema ?? {}, hm.schema ?? {});
  }
  for (const type of Object.keys(h)) if (!(type in b)) emit(ctx, NEVER, `${type} content added`);
}

/** Named examples; a shared one (`#/components/examples/…`) is reported once, as that component. */
export function diffExamples(ctx: Ctx, be: Json | undefined, he: Json | undefined): void {
  const b = isObject(be) ? be : {};
  const h = isObject(he) ? he : {};
  for (const name of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (!(name in b)) emit(ctx, "docs", `example ${name} added`);
    else if (!(name in h)) emit(ctx, "docs", `example ${name} removed`);
    else {
      const [inner, x, y] = follow(ctx, b[name]!, h[name]!);
      if (stable(x) !== stable(y)) emit(inner, "docs", inner === ctx ? `example ${name} changed` : "changed");
    }
  }
}
