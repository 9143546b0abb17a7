// Following $refs while remembering which component a change is in, so a change to a shared component is
// reported once for the component, not once per operation and status that reaches it.
import { type Json, isObject, resolvePointer } from "../spec.ts";
import { DOC_KEYWORDS } from "./stable.ts";
import type { Ctx } from "./types.ts";
import { unescapeSegment } from "../../../src/json-pointer.ts";

const KINDS: Record<string, string> = {
  schemas: "schema", responses: "response", parameters: "parameter", requestBodies: "request body",
  headers: "header", examples: "example", pathItems: "path item",
};

/**
 * When both sides point at the same component, the walk continues inside it (the component becomes the
 * location); otherwise each side is resolved where it stands and compared at the current location.
 */
export function follow(ctx: Ctx, b: Json, h: Json): [Ctx, Json, Json] {
  const br = refOf(b);
  const hr = refOf(h);
  if (br !== undefined && br === hr && !ctx.refs.includes(br)) {
    const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(br);
    if (m && KINDS[m[1]!]) {
      const inner: Ctx = { ...ctx, component: `${KINDS[m[1]!]} ${unescapeSegment(m[2]!)}`, path: "", shared: true, refs: [...ctx.refs, br] };
      return [inner, resolveOnce(ctx, "base", b), resolveOnce(ctx, "head", h)];
    }
  }
  return [ctx, resolveOnce(ctx, "base", b), resolveOnce(ctx, "head", h)];
}

/** Keywords that say how a value is used, not which values are valid: beside a $ref they simply win. */
const ANNOTATIONS = new Set(["readOnly", "writeOnly", "default"]);

/**
 * A $ref replaced by its target, repeatedly. Keywords beside it join the target's; documentation and annotations beside it win
 * (as OpenAPI 3.1 allows). A constraint beside it that the target also has does not replace the target's: a
 * schema validator applies both, so the pair is kept as `allOf: [target, siblings]`, and a change to either
 * is judged (a merged copy would hide a change to the target's).
 */
export function resolveOnce(ctx: Ctx, side: "base" | "head", node: Json): Json {
  let current = node;
  const seen = new Set<string>();
  for (let ref = refOf(current); ref !== undefined; ref = refOf(current)) {
    if (seen.has(ref) || ctx.refs.includes(ref)) throw new Error(`recursive $ref ${ref}: the spec diff supports non-recursive schemas only`);
    seen.add(ref);
    const { $ref: _ref, ...siblings } = current as { [key: string]: Json };
    const target = resolvePointer(ctx[side], ref);
    const both = isObject(target) && Object.keys(siblings).some((k) => k in target && !ANNOTATIONS.has(k) && !DOC_KEYWORDS.has(k) && !k.startsWith("x-"));
    current = !isObject(target) ? target : both ? { allOf: [target, siblings] } : { ...target, ...siblings };
  }
  return current;
}

function refOf(node: Json): string | undefined {
  return isObject(node) && typeof node.$ref === "string" ? node.$ref : undefined;
}
