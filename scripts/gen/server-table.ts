// generated/server-table.ts: what a server of this API needs beyond the request validators, read from the
// spec so the sandbox (packages/sandbox) writes no rule twice: the success status of each operation, the
// status that carries each error code (from the documented error examples), the type and default of each
// query parameter (query strings arrive as text), the header parameters, and the values of every enum schema. The SDK never
// imports this file.
import { type Json, type JsonObject, deref, isObject, listOperations } from "../lib/spec.ts";

export interface QueryParam {
  type: string;
  default?: Json;
}

export interface ServerTable {
  successStatus: Record<string, number>;
  errorStatus: Record<string, number>;
  queryParams: Record<string, Record<string, QueryParam>>;
  headerParams: Record<string, string[]>;
  enums: Record<string, string[]>;
}

export function serverTable(spec: JsonObject): ServerTable {
  const successStatus: Record<string, number> = {};
  const errorStatus: Record<string, number> = {};
  const queryParams: Record<string, Record<string, QueryParam>> = {};
  const headerParams: Record<string, string[]> = {};
  for (const op of listOperations(spec)) {
    const responses = isObject(op.operation.responses) ? op.operation.responses : {};
    const success = Object.keys(responses).filter((s) => /^2\d\d$/.test(s));
    if (success.length !== 1) throw new Error(`${op.operationId}: a server needs exactly one 2xx response, found ${success.join(", ") || "none"}`);
    successStatus[op.operationId] = Number(success[0]);
    for (const [status, raw] of Object.entries(responses)) {
      if (!/^[45]\d\d$/.test(status)) continue;
      for (const code of exampleCodes(spec, raw)) {
        const known = errorStatus[code];
        if (known !== undefined && known !== Number(status)) {
          throw new Error(`error code ${code} is documented with status ${known} and ${status} (${op.operationId}); one code, one status`);
        }
        errorStatus[code] = Number(status);
      }
    }
    const query: Record<string, QueryParam> = {};
    for (const p of op.parameters.filter((p) => p.in === "query")) {
      const schema = deref(spec, p.schema ?? {}) as JsonObject;
      query[String(p.name)] = { type: typeof schema.type === "string" ? schema.type : "string", ...(schema.default !== undefined ? { default: schema.default } : {}) };
    }
    if (Object.keys(query).length > 0) queryParams[op.operationId] = query;
    const headers = op.parameters.filter((p) => p.in === "header").map((p) => String(p.name));
    if (headers.length > 0) headerParams[op.operationId] = headers;
  }
  const enums: Record<string, string[]> = {};
  const schemas = isObject(spec.components) && isObject(spec.components.schemas) ? spec.components.schemas : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (isObject(schema) && Array.isArray(schema.enum)) enums[name] = schema.enum.map(String);
  }
  return { successStatus, errorStatus, queryParams, headerParams, enums };
}

/** `error.code` of every example of a (referenced) error response. */
function exampleCodes(spec: JsonObject, raw: Json): string[] {
  const response = deref(spec, raw);
  if (!isObject(response) || !isObject(response.content)) return [];
  const codes: string[] = [];
  for (const media of Object.values(response.content)) {
    if (!isObject(media) || !isObject(media.examples)) continue;
    for (const rawExample of Object.values(media.examples)) {
      const example = deref(spec, rawExample);
      const value = isObject(example) ? example.value : undefined;
      const code = isObject(value) && isObject(value.error) ? value.error.code : undefined;
      if (typeof code === "string") codes.push(code);
    }
  }
  return codes;
}

export function renderServerTable(spec: JsonObject, banner: string): string {
  const t = serverTable(spec);
  return `${banner}
// For servers of this API (the sandbox); the SDK does not import it.

/** The documented 2xx status of each operation. */
export const successStatus: Readonly<Record<string, number>> = ${JSON.stringify(t.successStatus)};

/** The status each API error code is documented with (from the error examples of the responses). */
export const errorStatus: Readonly<Record<string, number>> = ${JSON.stringify(t.errorStatus)};

/** Each operation's query parameters: their JSON type (query strings arrive as text) and default. */
export const queryParams: Readonly<Record<string, Readonly<Record<string, { readonly type: string; readonly default?: unknown }>>>> = ${JSON.stringify(t.queryParams)};

/** Each operation's header parameters, named as the spec writes them (HTTP header names are case-insensitive). */
export const headerParams: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(t.headerParams)};

/** The values of every enum schema under components.schemas. */
export const enums: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(t.enums)};
`;
}
