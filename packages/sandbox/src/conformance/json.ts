// Small JSON helpers the runner shares: object test, and reading a `$response.body#/a/b` link expression.
import type { JsonObject } from "./spec.ts";
import { unescapeSegment } from "../../../../src/json-pointer.ts";

export type { JsonObject };

export function isObjectJson(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value a link's runtime expression reads from a response body; undefined if it is not a body pointer or the field is missing. */
export function readExpression(expression: string, body: unknown): unknown {
  const m = /^\$response\.body#(\/.*)?$/.exec(expression);
  if (m === null) return undefined;
  let node: unknown = body;
  for (const raw of (m[1] ?? "").split("/").slice(1)) {
    const key = unescapeSegment(raw);
    if (!isObjectJson(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
