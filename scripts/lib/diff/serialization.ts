// How a parameter or header is written on the wire (OpenAPI `style`, `explode`, `allowReserved`): a change
// makes old clients send, or old readers parse, a different string for the same value. Defaults are applied
// first, so spelling out a default is no change.
import type { JsonObject } from "../spec.ts";
import { ALWAYS, type Ctx, NARROWS, NEVER, emit } from "./types.ts";

/** `location`: the parameter's `in`, or `header` for a response header. */
export function diffSerialization(ctx: Ctx, location: string, b: JsonObject, h: JsonObject): void {
  const style = (p: JsonObject) => String(p.style ?? (location === "query" || location === "cookie" ? "form" : "simple"));
  const explode = (p: JsonObject) => (p.explode ?? style(p) === "form") === true;
  if (style(b) !== style(h) || explode(b) !== explode(h)) {
    emit(ctx, ALWAYS, `wire format changed: style ${style(b)}, explode ${explode(b)} → style ${style(h)}, explode ${explode(h)}`);
  }
  if ((b.allowReserved ?? false) !== (h.allowReserved ?? false)) emit(ctx, ALWAYS, `allowReserved ${String(b.allowReserved ?? false)} → ${String(h.allowReserved ?? false)} (reserved characters are escaped differently)`);
  const bEmpty = b.allowEmptyValue === true;
  const hEmpty = h.allowEmptyValue === true;
  if (bEmpty !== hEmpty) emit(ctx, bEmpty ? NARROWS : NEVER, hEmpty ? "empty value now allowed" : "empty value no longer allowed");
}
