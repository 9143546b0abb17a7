// One operation present in both specs: identity, docs, security, parameters, request body, responses.
import { type JsonObject, isObject } from "../spec.ts";
import { diffContent } from "./content.ts";
import { diffHeaders } from "./headers.ts";
import { diffLinks } from "./links.ts";
import { diffParameters, parameterMap } from "./parameters.ts";
import { follow } from "./refs.ts";
import { stable } from "./stable.ts";
import { ALWAYS, type Ctx, NARROWS, NEVER, WIDENS, child, emit } from "./types.ts";

export interface OperationSide {
  item: JsonObject;
  op: JsonObject;
}

/** `ctx` is located at the operation, with direction `request`; responses switch to `response`. */
export function diffOperation(ctx: Ctx, b: OperationSide, h: OperationSide): void {
  if (b.op.operationId !== h.op.operationId) emit(ctx, ALWAYS, `operationId ${b.op.operationId} → ${h.op.operationId} (the SDK method is renamed)`);
  diffDocs(ctx, b.op, h.op);
  if (!b.op.deprecated && h.op.deprecated) emit(ctx, NEVER, "deprecated");
  const security = (spec: JsonObject, op: JsonObject) => stable(op.security ?? spec.security ?? []);
  if (security(ctx.base, b.op) !== security(ctx.head, h.op)) emit(ctx, ALWAYS, "security requirements changed");
  diffParameters(ctx, parameterMap(ctx.base, b.item, b.op), parameterMap(ctx.head, h.item, h.op));
  diffRequestBody(child(ctx, "request body"), b.op, h.op);
  diffResponses({ ...ctx, direction: "response" }, b.op, h.op);
}

export function diffDocs(ctx: Ctx, b: JsonObject, h: JsonObject): void {
  for (const k of ["summary", "description", "tags", "x-codeSamples", "externalDocs"]) {
    if (stable(b[k]) !== stable(h[k])) emit(ctx, "docs", `${k} changed`);
  }
}

/** Also used for webhook payloads, with ctx.direction `event`. */
export function diffRequestBody(at: Ctx, b: JsonObject, h: JsonObject): void {
  if (b.requestBody === undefined && h.requestBody === undefined) return;
  if (h.requestBody === undefined) return emit(at, ALWAYS, "request body removed");
  if (b.requestBody === undefined) {
    const required = isObject(h.requestBody) && h.requestBody.required === true;
    return emit(at, required ? NARROWS : NEVER, `${required ? "required" : "optional"} request body added`);
  }
  const [ctx, bb, hb] = follow(at, b.requestBody, h.requestBody) as [Ctx, JsonObject, JsonObject];
  if (!bb.required && hb.required) emit(ctx, NARROWS, "request body became required");
  if (bb.required && !hb.required) emit(ctx, WIDENS, "request body became optional");
  if (bb.description !== hb.description) emit(ctx, "docs", "description changed");
  diffContent(ctx, bb.content, hb.content);
}

function diffResponses(ctx: Ctx, b: JsonObject, h: JsonObject): void {
  const bs = isObject(b.responses) ? b.responses : {};
  const hs = isObject(h.responses) ? h.responses : {};
  for (const [status, raw] of Object.entries(bs)) {
    const at = child(ctx, `${status} response`);
    if (hs[status] === undefined) {
      // A success response the SDK returns is gone; an error status that is no longer documented breaks nobody.
      emit(at, status.startsWith("2") ? ALWAYS : NEVER, "documented response removed");
      continue;
    }
    const [inner, br, hr] = follow(at, raw, hs[status]!) as [Ctx, JsonObject, JsonObject];
    if (br.description !== hr.description) emit(inner, "docs", "description changed");
    diffHeaders(inner, br.headers, hr.headers);
    diffLinks(inner, br.links, hr.links);
    diffContent(inner, br.content, hr.content);
  }
  for (const status of Object.keys(hs)) if (!(status in bs)) emit(child(ctx, `${status} response`), NEVER, "response documented");
}
