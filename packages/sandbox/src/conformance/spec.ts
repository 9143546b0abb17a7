// The spec as the conformance runner reads it: each operation with its parameters, request body, documented
// responses (status, headers, schema, links) and security, every schema inlined so it stands alone. From the
// bundled openapi.yaml by default, or from another file (`--spec`), so an API team can test a server against the
// spec it is about to release.
import { specDocument } from "../../../../generated/spec-document.ts";
import {
  type Json, type JsonObject, deref, inlineSchema, isObject, listOperations, loadSpec, requestBodySchema,
} from "../../../../scripts/lib/spec.ts";

export type { Json, JsonObject };

export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: Json;
}

export interface SpecLink {
  name: string;
  operationId: string;
  /** Target parameter name → runtime expression, e.g. `$response.body#/id`. */
  parameters: Record<string, string>;
}

export interface SpecResponse {
  status: string;
  /** Header name (as the spec writes it) → whether it is required, and its schema. */
  headers: Record<string, { required: boolean; schema: Json }>;
  /** The application/json schema, inlined; undefined for a response without a body. */
  schema: Json | undefined;
  mediaTypes: string[];
  links: SpecLink[];
}

export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: SpecParameter[];
  body: { required: boolean; schema: Json; examples: Json[] } | undefined;
  responses: Record<string, SpecResponse>;
  /** The security scheme names the operation accepts (empty: none). */
  security: string[];
  /** Whether the operation takes an Idempotency-Key header. */
  idempotent: boolean;
}

export interface ConformanceSpec {
  document: JsonObject;
  operations: SpecOperation[];
  byId: Map<string, SpecOperation>;
}

/** The bundled spec, or the OpenAPI 3.1 file at `path`. */
export function loadConformanceSpec(path?: string): ConformanceSpec {
  const document = path === undefined ? (specDocument as JsonObject) : loadSpec(path);
  const operations = listOperations(document).map((ref): SpecOperation => {
    const op = ref.operation;
    const parameters = ref.parameters.filter((p) => p.in === "path" || p.in === "query" || p.in === "header").map((p) => ({
      name: String(p.name),
      in: p.in as SpecParameter["in"],
      required: p.required === true,
      schema: inlineSchema(document, p.schema ?? {}),
    }));
    const body = requestBodySchema(document, ref);
    const security = (Array.isArray(op.security) ? op.security : Array.isArray(document.security) ? document.security : [])
      .flatMap((s) => (isObject(s) ? Object.keys(s) : []));
    return {
      operationId: ref.operationId,
      method: ref.method,
      path: ref.path,
      parameters,
      body: body === undefined ? undefined : { required: body.required, schema: inlineSchema(document, body.schema), examples: bodyExamples(document, op) },
      responses: responses(document, op),
      security,
      idempotent: parameters.some((p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key"),
    };
  });
  return { document, operations, byId: new Map(operations.map((o) => [o.operationId, o])) };
}

function responses(document: JsonObject, op: JsonObject): Record<string, SpecResponse> {
  const out: Record<string, SpecResponse> = {};
  for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
    const r = deref(document, raw) as JsonObject;
    const content = isObject(r.content) ? r.content : {};
    const json = content["application/json"];
    const headers: SpecResponse["headers"] = {};
    for (const [name, h] of Object.entries(isObject(r.headers) ? r.headers : {})) {
      const header = deref(document, h) as JsonObject;
      headers[name] = { required: header.required === true, schema: inlineSchema(document, header.schema ?? {}) };
    }
    const links = Object.entries(isObject(r.links) ? r.links : {}).map(([name, l]) => {
      const link = deref(document, l) as JsonObject;
      return { name, operationId: String(link.operationId), parameters: (isObject(link.parameters) ? link.parameters : {}) as Record<string, string> };
    });
    out[status] = {
      status,
      headers,
      schema: isObject(json) && json.schema !== undefined ? inlineSchema(document, json.schema) : undefined,
      mediaTypes: Object.keys(content),
      links,
    };
  }
  return out;
}

/** The request body's examples (`example`, then each of `examples`, $refs followed). */
function bodyExamples(document: JsonObject, op: JsonObject): Json[] {
  const body = deref(document, op.requestBody ?? null) as JsonObject | null;
  const media = isObject(body) && isObject(body.content) ? body.content["application/json"] : undefined;
  if (!isObject(media)) return [];
  const out: Json[] = media.example === undefined ? [] : [media.example];
  for (const ex of Object.values(isObject(media.examples) ? media.examples : {})) {
    const value = (deref(document, ex) as JsonObject).value;
    if (value !== undefined) out.push(value);
  }
  return out;
}
