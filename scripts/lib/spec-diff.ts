// Classifies every difference between two versions of an OpenAPI 3.1 spec as breaking, non-breaking or
// docs-only, from the point of view of whoever is affected: a client sending requests, a client reading
// responses, or a merchant receiving webhooks. Unclassified structural changes count as breaking, so the
// gate errs on the safe side.
import { type Json, type JsonObject, deref, inlineSchema, isObject, listOperations, type OperationRef } from "./spec.ts";

export type ChangeClass = "breaking" | "non-breaking" | "docs-only";

export interface Change {
  class: ChangeClass;
  /** Where, e.g. `POST /v1/payments request body /amount` or `webhook payment.succeeded /data/object/id`. */
  where: string;
  message: string;
}

/** request: the client writes it. response: the client reads it. event: a webhook receiver reads it. */
type Direction = "request" | "response" | "event";

const DOC_KEYWORDS = new Set(["description", "summary", "title", "examples", "example", "externalDocs", "$comment", "deprecated"]);
const TIGHTENING: Record<string, "max" | "min"> = {
  maximum: "max", exclusiveMaximum: "max", maxLength: "max", maxItems: "max", maxProperties: "max",
  minimum: "min", exclusiveMinimum: "min", minLength: "min", minItems: "min", minProperties: "min",
};

export function diffSpecs(base: JsonObject, head: JsonObject): Change[] {
  const out: Change[] = [];
  const add = (cls: ChangeClass, where: string, message: string) => out.push({ class: cls, where, message });

  // --- operations ---
  const key = (op: OperationRef) => `${op.method.toUpperCase()} ${op.path}`;
  const baseOps = new Map(listOperations(base).map((op) => [key(op), op]));
  const headOps = new Map(listOperations(head).map((op) => [key(op), op]));
  for (const [k, op] of baseOps) if (!headOps.has(k)) add("breaking", k, `operation ${op.operationId} removed`);
  for (const [k, op] of headOps) if (!baseOps.has(k)) add("non-breaking", k, `operation ${op.operationId} added`);
  for (const [k, b] of baseOps) {
    const h = headOps.get(k);
    if (h) diffOperation(base, head, b, h, k, add);
  }

  // --- webhooks: the receiver reads the payload ---
  const baseHooks = new Map(listOperations(base, "webhooks").map((op) => [op.path, op]));
  const headHooks = new Map(listOperations(head, "webhooks").map((op) => [op.path, op]));
  for (const name of baseHooks.keys()) if (!headHooks.has(name)) add("breaking", `webhook ${name}`, "event type no longer sent");
  for (const name of headHooks.keys()) if (!baseHooks.has(name)) add("non-breaking", `webhook ${name}`, "new event type");
  for (const [name, b] of baseHooks) {
    const h = headHooks.get(name);
    if (!h) continue;
    const where = `webhook ${name}`;
    diffDocs(b.operation, h.operation, where, add);
    diffParameters(base, head, b, h, where, "event", add);
    diffSchema(bodySchema(base, b.operation), bodySchema(head, h.operation), "event", `${where} payload`, add);
  }

  // --- security schemes and servers ---
  const schemes = (s: JsonObject) => (isObject(s.components) && isObject(s.components.securitySchemes) ? s.components.securitySchemes : {});
  for (const [name, scheme] of Object.entries(schemes(base))) {
    const other = schemes(head)[name];
    if (!other) add("breaking", `securityScheme ${name}`, "removed");
    else if (stable(strip(scheme)) !== stable(strip(other))) add("breaking", `securityScheme ${name}`, "changed");
    else if (stable(scheme) !== stable(other)) add("docs-only", `securityScheme ${name}`, "description changed");
  }
  const urls = (s: JsonObject) => ((s.servers as JsonObject[] | undefined) ?? []).map((x) => String(x.url));
  for (const url of urls(base)) if (!urls(head).includes(url)) add("breaking", "servers", `server ${url} removed`);
  for (const url of urls(head)) if (!urls(base).includes(url)) add("non-breaking", "servers", `server ${url} added`);

  // --- documentation at the top ---
  if (stable(dropVersion(base.info)) !== stable(dropVersion(head.info))) add("docs-only", "info", "title, summary or description changed");
  if (stable(base.tags ?? []) !== stable(head.tags ?? [])) add("docs-only", "tags", "tags changed");
  return out;
}

type Add = (cls: ChangeClass, where: string, message: string) => void;

function diffOperation(base: JsonObject, head: JsonObject, b: OperationRef, h: OperationRef, where: string, add: Add): void {
  if (b.operationId !== h.operationId) add("breaking", where, `operationId ${b.operationId} → ${h.operationId} (the SDK method is renamed)`);
  diffDocs(b.operation, h.operation, where, add);
  if (!b.operation.deprecated && h.operation.deprecated) add("non-breaking", where, "deprecated");
  const security = (spec: JsonObject, op: JsonObject) => stable(op.security ?? spec.security ?? []);
  if (security(base, b.operation) !== security(head, h.operation)) add("breaking", where, "security requirements changed");
  diffParameters(base, head, b, h, where, "request", add);

  // request body
  const bb = b.operation.requestBody === undefined ? undefined : (deref(base, b.operation.requestBody) as JsonObject);
  const hb = h.operation.requestBody === undefined ? undefined : (deref(head, h.operation.requestBody) as JsonObject);
  if (bb && !hb) add("breaking", `${where} request body`, "request body removed");
  if (!bb && hb) add(hb.required ? "breaking" : "non-breaking", `${where} request body`, `${hb.required ? "required" : "optional"} request body added`);
  if (bb && hb) {
    if (!bb.required && hb.required) add("breaking", `${where} request body`, "request body became required");
    if (bb.required && !hb.required) add("non-breaking", `${where} request body`, "request body became optional");
    if (bb.description !== hb.description) add("docs-only", `${where} request body`, "description changed");
    diffContent(base, head, bb.content, hb.content, "request", `${where} request body`, add);
  }

  // responses
  const responses = (op: JsonObject) => (isObject(op.responses) ? op.responses : {});
  for (const [status, raw] of Object.entries(responses(b.operation))) {
    const other = responses(h.operation)[status];
    const w = `${where} ${status} response`;
    if (other === undefined) {
      add(status.startsWith("2") ? "breaking" : "non-breaking", w, "documented response removed");
      continue;
    }
    const br = deref(base, raw) as JsonObject;
    const hr = deref(head, other) as JsonObject;
    if (br.description !== hr.description) add("docs-only", w, "description changed");
    const headers = (r: JsonObject) => (isObject(r.headers) ? r.headers : {});
    for (const name of Object.keys(headers(br))) if (!(name in headers(hr))) add("breaking", w, `header ${name} no longer sent`);
    for (const name of Object.keys(headers(hr))) if (!(name in headers(br))) add("non-breaking", w, `header ${name} added`);
    diffContent(base, head, br.content, hr.content, "response", w, add);
  }
  for (const status of Object.keys(responses(h.operation))) {
    if (!(status in responses(b.operation))) add("non-breaking", `${where} ${status} response`, "response documented");
  }
}

function diffParameters(base: JsonObject, head: JsonObject, b: OperationRef, h: OperationRef, where: string, direction: Direction, add: Add): void {
  const map = (op: OperationRef) => new Map(op.parameters.map((p) => [`${String(p.in)} ${String(p.name)}`, p]));
  const bp = map(b);
  const hp = map(h);
  // For webhooks PayConnect sends the parameters (headers) and the receiver reads them.
  const sender = direction === "request";
  for (const [k, p] of bp) {
    const q = hp.get(k);
    const w = `${where} parameter ${k}`;
    if (!q) {
      add("breaking", w, sender ? "parameter removed (clients still sending it are rejected)" : "no longer sent");
      continue;
    }
    if (sender && !p.required && q.required) add("breaking", w, "became required");
    if (sender && p.required && !q.required) add("non-breaking", w, "became optional");
    if (!sender && p.required && !q.required) add("breaking", w, "may no longer be sent");
    if (p.description !== q.description || stable(p.example) !== stable(q.example)) add("docs-only", w, "description or example changed");
    diffSchema(inlineSchema(base, p.schema ?? {}), inlineSchema(head, q.schema ?? {}), sender ? "request" : "event", w, add);
  }
  for (const [k, q] of hp) {
    if (bp.has(k)) continue;
    const w = `${where} parameter ${k}`;
    if (sender) add(q.required ? "breaking" : "non-breaking", w, `${q.required ? "required" : "optional"} parameter added`);
    else add("non-breaking", w, "new header sent");
  }
}

function diffContent(base: JsonObject, head: JsonObject, bc: Json | undefined, hc: Json | undefined, direction: Direction, where: string, add: Add): void {
  const b = isObject(bc) ? bc : {};
  const h = isObject(hc) ? hc : {};
  for (const type of Object.keys(b)) {
    if (!(type in h)) {
      add("breaking", where, `${type} content removed`);
      continue;
    }
    const bm = b[type] as JsonObject;
    const hm = h[type] as JsonObject;
    if (stable(bm.examples) !== stable(hm.examples) || stable(bm.example) !== stable(hm.example)) add("docs-only", where, "examples changed");
    diffSchema(inlineSchema(base, bm.schema ?? {}), inlineSchema(head, hm.schema ?? {}), direction, where, add);
  }
  for (const type of Object.keys(h)) if (!(type in b)) add("non-breaking", where, `${type} content added`);
}

function bodySchema(spec: JsonObject, op: JsonObject): Json {
  const body = deref(spec, op.requestBody ?? {}) as JsonObject;
  const media = isObject(body.content) ? (body.content["application/json"] as JsonObject | undefined) : undefined;
  return inlineSchema(spec, media?.schema ?? {});
}

function diffDocs(b: JsonObject, h: JsonObject, where: string, add: Add): void {
  for (const k of ["summary", "description", "tags", "x-codeSamples", "externalDocs"]) {
    if (stable(b[k]) !== stable(h[k])) add("docs-only", where, `${k} changed`);
  }
}

/** Compares two inlined schemas. */
export function diffSchema(b: Json, h: Json, direction: Direction, where: string, add: Add): void {
  if (!isObject(b) || !isObject(h)) {
    if (stable(b) !== stable(h)) add("breaking", where, "schema changed");
    return;
  }
  const request = direction === "request";
  const reader = !request; // response or event

  // type
  const bt = types(b);
  const ht = types(h);
  if (bt && ht) {
    const removed = [...bt].filter((t) => !ht.has(t) && !(t === "integer" && ht.has("number")));
    const added = [...ht].filter((t) => !bt.has(t) && !(t === "integer" && bt.has("number")));
    if (removed.length && added.length) add("breaking", where, `type ${[...bt].join("|")} → ${[...ht].join("|")}`);
    else if (removed.length) add(request ? "breaking" : "non-breaking", where, `type no longer accepts ${removed.join(", ")}`);
    else if (added.length) add(reader ? "breaking" : "non-breaking", where, `type now also ${added.join(", ")}`);
  } else if (bt !== ht) {
    add("breaking", where, "type constraint added or removed");
  }

  // enum / const
  if (Array.isArray(b.enum) || Array.isArray(h.enum)) {
    const be = new Set((b.enum as Json[] | undefined)?.map(stable) ?? []);
    const he = new Set((h.enum as Json[] | undefined)?.map(stable) ?? []);
    const removed = [...be].filter((v) => !he.has(v));
    const added = [...he].filter((v) => !be.has(v));
    if (!Array.isArray(h.enum)) add(reader ? "breaking" : "non-breaking", where, "enum removed (any value now)");
    else if (!Array.isArray(b.enum)) add(request ? "breaking" : "non-breaking", where, "enum added");
    else {
      if (removed.length) add(request ? "breaking" : "non-breaking", where, `enum narrowed: ${removed.join(", ")} removed`);
      // A reader with an exhaustive switch breaks on a value it has never seen.
      if (added.length) add(reader ? "breaking" : "non-breaking", where, `enum widened: ${added.join(", ")} added`);
    }
  }
  if (stable(b.const) !== stable(h.const)) add("breaking", where, `const ${stable(b.const)} → ${stable(h.const)}`);

  // numeric and length bounds
  for (const [kw, side] of Object.entries(TIGHTENING)) {
    const bv = b[kw] as number | undefined;
    const hv = h[kw] as number | undefined;
    if (bv === hv) continue;
    const tightened = hv !== undefined && (bv === undefined || (side === "max" ? hv < bv : hv > bv));
    add(request && tightened ? "breaking" : "non-breaking", where, `${kw} ${bv ?? "none"} → ${hv ?? "none"}`);
  }
  for (const kw of ["pattern", "format", "multipleOf", "propertyNames", "uniqueItems"]) {
    if (stable(b[kw]) === stable(h[kw])) continue;
    const loosened = h[kw] === undefined;
    add(request && !loosened ? "breaking" : "non-breaking", where, `${kw} ${stable(b[kw]) ?? "none"} → ${stable(h[kw]) ?? "none"}`);
  }

  // object properties
  const bp = isObject(b.properties) ? b.properties : {};
  const hp = isObject(h.properties) ? h.properties : {};
  const breq = new Set((b.required as string[] | undefined) ?? []);
  const hreq = new Set((h.required as string[] | undefined) ?? []);
  for (const name of Object.keys(bp)) {
    const w = `${where} /${name}`;
    if (!(name in hp)) {
      if (reader) add("breaking", w, "field removed");
      else add(h.additionalProperties === false ? "breaking" : "non-breaking", w, "field removed from the request");
      continue;
    }
    diffSchema(bp[name]!, hp[name]!, direction, w, add);
  }
  for (const name of Object.keys(hp)) {
    if (name in bp) continue;
    const w = `${where} /${name}`;
    if (request) add(hreq.has(name) ? "breaking" : "non-breaking", w, `${hreq.has(name) ? "required" : "optional"} field added`);
    // A receiver that validates events (as this SDK does) rejects payloads without a field it requires,
    // so a new *required* event field is announced as breaking; a new optional one never is.
    else if (direction === "event") add(hreq.has(name) ? "breaking" : "non-breaking", w, `${hreq.has(name) ? "required" : "optional"} field added`);
    else add("non-breaking", w, "field added");
  }
  for (const name of hreq) {
    if (breq.has(name) || !(name in bp)) continue;
    add(request ? "breaking" : "non-breaking", `${where} /${name}`, "became required");
  }
  for (const name of breq) {
    if (hreq.has(name) || !(name in hp)) continue;
    add(reader ? "breaking" : "non-breaking", `${where} /${name}`, "became optional (may be missing)");
  }
  if (stable(b.additionalProperties) !== stable(h.additionalProperties)) {
    if (isObject(b.additionalProperties) && isObject(h.additionalProperties)) diffSchema(b.additionalProperties, h.additionalProperties, direction, `${where} /*`, add);
    else add(request && h.additionalProperties === false ? "breaking" : "non-breaking", where, "additionalProperties changed");
  }

  // arrays and composition
  if (b.items !== undefined || h.items !== undefined) diffSchema(b.items ?? {}, h.items ?? {}, direction, `${where} []`, add);
  for (const kw of ["oneOf", "anyOf", "allOf", "prefixItems"]) {
    const bl = b[kw] as Json[] | undefined;
    const hl = h[kw] as Json[] | undefined;
    if (bl === undefined && hl === undefined) continue;
    if (bl && hl && bl.length === hl.length) bl.forEach((s, i) => diffSchema(s, hl[i]!, direction, `${where} ${kw}[${i}]`, add));
    else add("breaking", where, `${kw} alternatives changed`);
  }
  for (const kw of ["if", "then", "else", "not"]) {
    if (b[kw] === undefined && h[kw] === undefined) continue;
    if (kw === "if" || kw === "not") {
      if (stable(b[kw]) !== stable(h[kw])) add("breaking", where, `${kw} changed`);
    } else diffSchema(b[kw] ?? {}, h[kw] ?? {}, direction, `${where} (${kw})`, add);
  }

  // everything else
  const handled = new Set([...DOC_KEYWORDS, ...Object.keys(TIGHTENING), "type", "enum", "const", "pattern", "format", "multipleOf",
    "propertyNames", "uniqueItems", "properties", "required", "additionalProperties", "items", "oneOf", "anyOf", "allOf", "prefixItems",
    "if", "then", "else", "not", "default", "readOnly", "writeOnly"]);
  for (const kw of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (stable(b[kw]) === stable(h[kw])) continue;
    if (DOC_KEYWORDS.has(kw) || kw.startsWith("x-")) add("docs-only", where, `${kw} changed`);
    else if (kw === "default") add("non-breaking", where, `default ${stable(b[kw])} → ${stable(h[kw])}`);
    else if (!handled.has(kw)) add("breaking", where, `unclassified change to \`${kw}\` (treated as breaking)`);
  }
}

function types(s: JsonObject): Set<string> | undefined {
  if (s.type === undefined) {
    if (s.const !== undefined) return new Set([s.const === null ? "null" : typeof s.const === "number" ? "number" : typeof s.const]);
    return undefined;
  }
  return new Set(Array.isArray(s.type) ? (s.type as string[]) : [String(s.type)]);
}

function strip(value: Json): Json {
  if (Array.isArray(value)) return value.map(strip);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) if (!DOC_KEYWORDS.has(k) && !k.startsWith("x-")) out[k] = strip(v);
  return out;
}

function dropVersion(info: Json | undefined): Json {
  if (!isObject(info)) return info ?? null;
  const { version: _v, ...rest } = info;
  return rest;
}

/** JSON with sorted keys, for equality. */
export function stable(value: Json | undefined): string {
  if (value === undefined) return "undefined";
  return JSON.stringify(value, (_k, v) => (isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [c]) => a.localeCompare(c))) : v));
}

export function summarize(changes: Change[]): Record<ChangeClass, number> {
  const counts: Record<ChangeClass, number> = { breaking: 0, "non-breaking": 0, "docs-only": 0 };
  for (const c of changes) counts[c.class]++;
  return counts;
}

/** The overall class of a change set: the most severe of its changes. */
export function overall(changes: Change[]): ChangeClass | "none" {
  if (changes.some((c) => c.class === "breaking")) return "breaking";
  if (changes.some((c) => c.class === "non-breaking")) return "non-breaking";
  return changes.length ? "docs-only" : "none";
}
