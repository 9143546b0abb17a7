// The shapes every part of the spec diff shares: the classes, the three directions a change is judged from,
// the walk's context, and the findings it produces.
import type { Json, JsonObject } from "../spec.ts";

export type ChangeClass = "breaking" | "non-breaking" | "docs-only";

/**
 * Whose side a change is judged from. request: the SDK sends it and the API validates it. response: the SDK
 * reads what the API produces now. event: a webhook receiver reads it, and an upgraded receiver still gets
 * deliveries created before the change (retries and resends), so what they lack must not be required.
 */
export type Direction = "request" | "response" | "event";

/** Per direction, whether a change breaks the party on that side. */
export type Impact = Readonly<Record<Direction, boolean>>;

/** Accepts less than before: breaks senders, and receivers of older events; readers of responses are fine. */
export const NARROWS: Impact = { request: true, response: false, event: true };
/** May carry more than before: breaks readers; senders are fine. */
export const WIDENS: Impact = { request: false, response: true, event: true };
export const ALWAYS: Impact = { request: true, response: true, event: true };
export const NEVER: Impact = { request: false, response: false, event: false };

/** One change as the walk meets it, once per operation or webhook that reaches it. */
export interface Change {
  class: ChangeClass;
  /** The component that changed (`schema Payment`, `response NotFound`) or the operation itself (`POST /v1/payments`). */
  component: string;
  /** Where inside it, e.g. `/customer/email` or `200 response`; empty for the component itself. */
  path: string;
  message: string;
  /** The operationId or `webhook <event>` that reaches the change; undefined for top-level changes. */
  by?: string;
  /** In a component shared through $refs (as opposed to inside one operation or webhook). */
  shared: boolean;
}

/** One change, reported once, with everything that reaches it. What the gate prints and the changelog writes. */
export interface Finding {
  class: ChangeClass;
  where: string;
  message: string;
  /** operationIds and `webhook <event>`s that reach the change, in document order. */
  reachedBy: string[];
  /** When the change is breaking for only some of them: those. */
  breakingFor: string[];
  /** In a component shared through $refs, so reachedBy is worth reading. */
  shared: boolean;
}

export interface Ctx {
  readonly base: JsonObject;
  readonly head: JsonObject;
  readonly direction: Direction;
  readonly by: string | undefined;
  readonly component: string;
  readonly path: string;
  readonly shared: boolean;
  /** $refs entered on the way here (a guard against recursive schemas). */
  readonly refs: readonly string[];
  readonly out: Change[];
}

export function emit(ctx: Ctx, impact: Impact | "docs", message: string, seg = ""): void {
  const cls: ChangeClass = impact === "docs" ? "docs-only" : impact[ctx.direction] ? "breaking" : "non-breaking";
  const change: Change = { class: cls, component: ctx.component, path: child(ctx, seg).path, message, shared: ctx.shared };
  if (ctx.by !== undefined) change.by = ctx.by;
  ctx.out.push(change);
}

/** The context one step further in: schema steps (`/name`, `/[]`) join up, others are separated by a space. */
export function child(ctx: Ctx, seg: string): Ctx {
  if (!seg) return ctx;
  const last = ctx.path.split(" ").at(-1) ?? "";
  const path = !ctx.path ? seg : seg.startsWith("/") && last.startsWith("/") ? ctx.path + seg : `${ctx.path} ${seg}`;
  return { ...ctx, path };
}

export type { Json, JsonObject };
