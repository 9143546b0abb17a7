// Enum rules. An enum marked `x-growable-enum: true` promises readers that new values will come: readers
// must accept unknown values (generated types add `| (string & {})`), so adding one breaks nobody. The
// promise must have been released to count: a value added in the same change that adds the marker still
// reaches readers whose types are closed.
import type { Json, JsonObject } from "../spec.ts";
import { stable } from "./stable.ts";
import { ALWAYS, type Ctx, type Impact, NARROWS, NEVER, WIDENS, emit } from "./types.ts";

const REQUEST_ONLY: Impact = { request: true, response: false, event: false };

export const GROWABLE = "x-growable-enum";

export function diffEnum(ctx: Ctx, b: JsonObject, h: JsonObject): void {
  const bGrow = b[GROWABLE] === true;
  const hGrow = h[GROWABLE] === true;
  if (!bGrow && hGrow) emit(ctx, NEVER, `marked ${GROWABLE}: generated types widen to accept unknown values; readers should handle them`);
  if (bGrow && !hGrow) emit(ctx, ALWAYS, `no longer ${GROWABLE}: readers' types close; a reader written for unknown values is no longer told to keep it`);
  if (!Array.isArray(b.enum) && !Array.isArray(h.enum)) return;
  if (!Array.isArray(h.enum)) return emit(ctx, WIDENS, "enum removed (any value now)");
  // A growable enum on a field that had none only documents known values: readers still accept any value.
  if (!Array.isArray(b.enum)) return emit(ctx, hGrow ? REQUEST_ONLY : NARROWS, hGrow ? "growable enum added (requests narrow; readers still accept any value)" : "enum added");
  const be = new Set((b.enum as Json[]).map(stable));
  const he = new Set((h.enum as Json[]).map(stable));
  const removed = [...be].filter((v) => !he.has(v)).map(show);
  const added = [...he].filter((v) => !be.has(v)).map(show);
  // A removed value is still sent by older clients, and still in older events; a growable enum's receiver accepts it anyway.
  if (removed.length) emit(ctx, { request: true, response: false, event: !hGrow }, `enum value${plural(removed)} removed: ${removed.join(", ")}`);
  if (!added.length) return;
  if (bGrow && hGrow) emit(ctx, NEVER, `enum value${plural(added)} added: ${added.join(", ")} (growable: readers must accept unknown values)`);
  else if (hGrow) emit(ctx, WIDENS, `enum value${plural(added)} added: ${added.join(", ")} in the same change that marks it ${GROWABLE} (readers of the release still have a closed type: release the marker first)`);
  else emit(ctx, WIDENS, `enum value${plural(added)} added: ${added.join(", ")} (not ${GROWABLE}: a reader that switches over every value, or validates, rejects it)`);
}

/** Strings as written in the spec, other values as JSON. */
function show(value: string): string {
  return value.startsWith('"') ? (JSON.parse(value) as string) : value;
}

function plural(list: unknown[]): string {
  return list.length > 1 ? "s" : "";
}
