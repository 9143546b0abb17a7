// `x-` extensions the SDK acts on are classified like validation keywords; any other `x-` extension only
// documents, so it stays docs-only. x-growable-enum is judged with the enum (enum.ts).
import type { Json, JsonObject } from "../spec.ts";
import { stable } from "./stable.ts";
import { ALWAYS, type Ctx, type Impact, NEVER, emit } from "./types.ts";

/** Read by the generators: changing them changes what the generated SDK does. */
export const BEHAVIOURAL = new Set(["x-growable-enum", "x-retryable", "x-error-code"]);

/** Only local request validation reports x-error-code (responses and events carry the server's own code). */
const REQUEST_ONLY: Impact = { request: true, response: false, event: false };

export function diffExtensions(ctx: Ctx, b: JsonObject, h: JsonObject): void {
  const bl = codes(b["x-retryable"]);
  const hl = codes(h["x-retryable"]);
  const removed = bl.filter((c) => !hl.includes(c));
  const added = hl.filter((c) => !bl.includes(c));
  // The SDK resends a request answered with a retryable code: dropping one surfaces errors it used to absorb.
  if (removed.length) emit(ctx, ALWAYS, `x-retryable no longer lists ${removed.join(", ")}: the SDK stops retrying ${removed.length > 1 ? "them" : "it"}, callers see the error`);
  if (added.length) emit(ctx, NEVER, `x-retryable now lists ${added.join(", ")}: the SDK retries ${added.length > 1 ? "them" : "it"}`);
  if (stable(b["x-error-code"]) !== stable(h["x-error-code"])) {
    // Callers branch on the code of a local validation error; a different code takes another branch.
    emit(ctx, REQUEST_ONLY, `x-error-code ${show(b["x-error-code"])} → ${show(h["x-error-code"])}: local request validation reports another error code`);
  }
}

function codes(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function show(value: Json | undefined): string {
  return value === undefined ? "none (invalid_request)" : String(value);
}
