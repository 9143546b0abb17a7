// Compares two schemas at one location, judged from ctx.direction. Unclassified structural changes count as
// breaking, so the gate errs on the safe side.
import { type Json, type JsonObject, isObject } from "../spec.ts";
import { diffEnum } from "./enum.ts";
import { BEHAVIOURAL, diffExtensions } from "./extensions.ts";
import { diffProperties } from "./properties.ts";
import { impliedKeyword } from "./implied.ts";
import { follow } from "./refs.ts";
import { DOC_KEYWORDS, stable } from "./stable.ts";
import { ALWAYS, type Ctx, NARROWS, NEVER, WIDENS, child, emit } from "./types.ts";

/** Bounds: tightening one narrows what is valid; loosening or removing one never breaks a reader. */
export const BOUNDS: Record<string, "max" | "min"> = {
  maximum: "max", exclusiveMaximum: "max", maxLength: "max", maxItems: "max", maxProperties: "max",
  minimum: "min", exclusiveMinimum: "min", minLength: "min", minItems: "min", minProperties: "min",
};
/** Value restrictions: adding one narrows what is valid; removing one never breaks a reader. */
export const RESTRICTIONS = ["pattern", "format", "multipleOf", "propertyNames", "uniqueItems"];
const HANDLED = new Set([...DOC_KEYWORDS, ...Object.keys(BOUNDS), ...RESTRICTIONS, "type", "enum", "const", "properties", "required",
  "additionalProperties", "items", "oneOf", "anyOf", "allOf", "prefixItems", "if", "then", "else", "not", "default", "readOnly", "writeOnly"]);

export function diffSchema(outer: Ctx, rawBase: Json, rawHead: Json): void {
  const [ctx, b, h] = follow(outer, rawBase, rawHead);
  if (!isObject(b) || !isObject(h)) {
    if (stable(b) !== stable(h)) emit(ctx, ALWAYS, "schema changed");
    return;
  }
  diffType(ctx, b, h);
  diffEnum(ctx, b, h);
  if (stable(b.const) !== stable(h.const)) emit(ctx, ALWAYS, `const ${stable(b.const)} → ${stable(h.const)}`);
  for (const [kw, side] of Object.entries(BOUNDS)) {
    const bv = b[kw] as number | undefined;
    const hv = h[kw] as number | undefined;
    if (bv === hv) continue;
    const tightened = hv !== undefined && (bv === undefined || (side === "max" ? hv < bv : hv > bv));
    const implied = tightened && impliedKeyword(b, kw, hv);
    // Loosened bounds never break: readers are not expected to rely on a bound.
    emit(ctx, tightened && !implied ? NARROWS : NEVER, `${kw} ${bv ?? "none"} → ${hv ?? "none"}${implied ? ` (${implied})` : ""}`);
  }
  for (const kw of RESTRICTIONS) {
    if (stable(b[kw]) === stable(h[kw])) continue;
    const implied = kw === "format" && b.format === undefined && impliedKeyword(b, kw, h.format);
    const suffix = implied ? ` (${implied})` : "";
    emit(ctx, h[kw] === undefined || implied ? NEVER : NARROWS, `${kw} ${stable(b[kw])} → ${stable(h[kw])}${suffix}`);
  }
  diffProperties(ctx, b, h, diffSchema);
  diffAdditional(ctx, b, h);
  if (b.items !== undefined || h.items !== undefined) diffSchema(child(ctx, "/[]"), b.items ?? {}, h.items ?? {});
  for (const kw of ["oneOf", "anyOf", "allOf", "prefixItems"]) {
    const bl = b[kw] as Json[] | undefined;
    const hl = h[kw] as Json[] | undefined;
    if (bl === undefined && hl === undefined) continue;
    if (bl && hl && bl.length === hl.length) bl.forEach((s, i) => diffSchema(child(ctx, `/${kw}[${i}]`), s, hl[i]!));
    else emit(ctx, ALWAYS, `${kw} alternatives changed`);
  }
  for (const kw of ["if", "not"]) if (stable(b[kw]) !== stable(h[kw])) emit(ctx, ALWAYS, `${kw} changed`);
  for (const kw of ["then", "else"]) if (b[kw] !== undefined || h[kw] !== undefined) diffSchema(child(ctx, `/(${kw})`), b[kw] ?? {}, h[kw] ?? {});
  diffExtensions(ctx, b, h);
  for (const kw of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (stable(b[kw]) === stable(h[kw]) || BEHAVIOURAL.has(kw)) continue;
    if (DOC_KEYWORDS.has(kw) || kw.startsWith("x-")) emit(ctx, "docs", `${kw} changed`);
    else if (kw === "default") emit(ctx, NEVER, `default ${stable(b[kw])} → ${stable(h[kw])}`);
    else if (!HANDLED.has(kw)) emit(ctx, ALWAYS, `unclassified change to \`${kw}\` (treated as breaking)`);
  }
}

/** Why a bound added or tightened in head narrows nothing the base schema allowed, or undefined when it may. */
function diffType(ctx: Ctx, b: JsonObject, h: JsonObject): void {
  const bt = types(b);
  const ht = types(h);
  if (!bt || !ht) {
    if (bt !== ht) emit(ctx, ALWAYS, "type constraint added or removed");
    return;
  }
  // integer is a subset of number: integer → number widens, number → integer narrows.
  const removed = [...bt].filter((t) => !ht.has(t) && !(t === "integer" && ht.has("number")));
  const added = [...ht].filter((t) => !bt.has(t) && !(t === "integer" && bt.has("number")));
  if (removed.length && added.length) emit(ctx, ALWAYS, `type ${[...bt].join("|")} → ${[...ht].join("|")}`);
  else if (removed.length) emit(ctx, NARROWS, `type no longer accepts ${removed.join(", ")}`);
  else if (added.length) emit(ctx, WIDENS, `type now also ${added.join(", ")}`);
}

function types(s: JsonObject): Set<string> | undefined {
  if (s.type === undefined) {
    if (s.const !== undefined) return new Set([s.const === null ? "null" : typeof s.const === "number" ? "number" : typeof s.const]);
    return undefined;
  }
  return new Set(Array.isArray(s.type) ? (s.type as string[]) : [String(s.type)]);
}

/**
 * `additionalProperties` as what it allows under keys not in `properties`: anything (absent, `true`, `{}`),
 * nothing (`false`) or values of one schema. Opening a closed object is like adding optional properties;
 * replacing a schema by "anything" widens the values readers get; constraining "anything" narrows senders.
 */
function diffAdditional(ctx: Ctx, b: JsonObject, h: JsonObject): void {
  const kind = (v: Json | undefined) => (v === false ? "none" : v === undefined || v === true || (isObject(v) && !Object.keys(v).length) ? "any" : "schema");
  const bk = kind(b.additionalProperties);
  const hk = kind(h.additionalProperties);
  if (bk === "schema" && hk === "schema") return diffSchema(child(ctx, "/*"), b.additionalProperties!, h.additionalProperties!);
  if (bk === hk) return;
  const impact = hk === "none" || (bk === "any" && hk === "schema") ? NARROWS : bk === "schema" && hk === "any" ? WIDENS : NEVER;
  emit(ctx, impact, `additionalProperties ${stable(b.additionalProperties)} → ${stable(h.additionalProperties)}`);
}
