// Classifies every difference between two versions of an OpenAPI 3.1 spec as breaking, non-breaking or
// docs-only, from the side of whoever is affected (see types.ts `Direction` and docs/spec-changes.md), and
// reports each change once, with the operations and webhooks that reach it.
import { type JsonObject, deref, isObject, listOperations } from "../spec.ts";
import { group } from "./group.ts";
import { diffDocs, diffOperation, diffRequestBody } from "./operation.ts";
import { diffParameters, parameterMap } from "./parameters.ts";
import { diffTopLevel } from "./top-level.ts";
import { ALWAYS, type Change, type Ctx, type Finding, NEVER, child, emit } from "./types.ts";

export type { ChangeClass, Direction, Finding } from "./types.ts";
export { overall, summarize } from "./group.ts";
export { renderReport } from "./report.ts";

export function diffSpecs(base: JsonObject, head: JsonObject): Finding[] {
  const out: Change[] = [];
  const root: Ctx = { base, head, direction: "request", by: undefined, component: "", path: "", shared: false, refs: [], out };
  diffSection(root, "paths");
  diffSection({ ...root, direction: "event" }, "webhooks");
  diffTopLevel(root);
  return group(out);
}

function diffSection(root: Ctx, section: "paths" | "webhooks"): void {
  const hooks = section === "webhooks";
  const key = (op: { method: string; path: string }) => (hooks ? `webhook ${op.path}` : `${op.method.toUpperCase()} ${op.path}`);
  const items = (spec: JsonObject) => (isObject(spec[section]) ? (spec[section] as JsonObject) : {});
  const baseOps = new Map(listOperations(root.base, section).map((op) => [key(op), op]));
  const headOps = new Map(listOperations(root.head, section).map((op) => [key(op), op]));
  for (const [k, op] of baseOps) {
    const ctx: Ctx = { ...root, component: k, by: hooks ? k : op.operationId };
    if (!headOps.has(k)) emit(ctx, ALWAYS, hooks ? "event type no longer sent" : `operation ${op.operationId} removed`);
  }
  for (const [k, op] of headOps) {
    if (baseOps.has(k)) continue;
    const ctx: Ctx = { ...root, component: k, by: hooks ? k : op.operationId };
    // Event `type` is growable: receivers must keep a default branch for types they do not know.
    emit(ctx, NEVER, hooks ? "new event type (event types are growable: receivers need a default branch)" : `operation ${op.operationId} added`);
  }
  for (const [k, b] of baseOps) {
    const h = headOps.get(k);
    if (!h) continue;
    const ctx: Ctx = { ...root, component: k, by: hooks ? k : h.operationId };
    // A path item may be a $ref (e.g. to components/pathItems): its path-level parameters count as well.
    const side = (spec: JsonObject, op: typeof b) => ({ item: deref(spec, items(spec)[op.path] ?? {}) as JsonObject, op: op.operation });
    if (!hooks) {
      diffOperation(ctx, side(root.base, b), side(root.head, h));
      continue;
    }
    // A webhook: PayConnect sends the headers and the payload; the receiver reads both. Its responses are
    // what the receiver answers, which the SDK does not produce.
    diffDocs(ctx, b.operation, h.operation);
    diffParameters(ctx, parameterMap(root.base, side(root.base, b).item, b.operation), parameterMap(root.head, side(root.head, h).item, h.operation));
    diffRequestBody(child(ctx, "payload"), b.operation, h.operation);
  }
}
