// The checks every response gets, whatever case produced it: a documented status, a documented content type,
// the headers the spec marks required (with their schemas), and a body that matches the status's schema.
import type { Exchange } from "./http.ts";
import type { SpecOperation, SpecResponse } from "./spec.ts";
import type { SchemaChecker } from "./validate.ts";

export interface Problem {
  check: string;
  message: string;
}

export const RESPONSE_CHECKS = ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_headers_conformance", "response_schema_conformance"] as const;

/** The documented response for `status`: the exact code, then `4XX`-style ranges, then `default`. */
export function documentedResponse(op: SpecOperation, status: number): SpecResponse | undefined {
  return op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
}

export function responseProblems(op: SpecOperation, ex: Exchange, schemas: SchemaChecker): Problem[] {
  const { status, headers, body, json } = ex.response;
  // A 5xx is documented (500 internal_error) but never right: the request was valid or the server should say why not.
  const serverError: Problem[] = status >= 500 ? [{ check: "not_a_server_error", message: `${op.operationId} answered ${status}: a server error` }] : [];
  const documented = documentedResponse(op, status);
  if (documented === undefined) {
    return [...serverError, { check: "status_code_conformance", message: `${status} is not a documented status of ${op.operationId} (documented: ${Object.keys(op.responses).join(", ")})` }];
  }
  const problems: Problem[] = [...serverError];
  const mediaType = (headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (documented.mediaTypes.length > 0 && !documented.mediaTypes.includes(mediaType)) {
    problems.push({ check: "content_type_conformance", message: `content type ${JSON.stringify(headers["content-type"] ?? "(none)")}; the spec documents ${documented.mediaTypes.join(", ")} for ${status}` });
  }
  for (const [name, header] of Object.entries(documented.headers)) {
    const value = headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) problems.push({ check: "response_headers_conformance", message: `${status} response lacks the required header ${name}` });
      continue;
    }
    const typed = typeOf(header.schema) === "integer" || typeOf(header.schema) === "number" ? (/^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value) : value;
    for (const e of schemas.errors(header.schema, typed)) problems.push({ check: "response_headers_conformance", message: `header ${name}: ${JSON.stringify(value)} ${e.replace(/^\(root\) /, "")}` });
  }
  if (documented.schema !== undefined) {
    if (json === undefined) {
      problems.push({ check: "response_schema_conformance", message: `${status} body is not JSON: ${JSON.stringify(body.slice(0, 120))}` });
    } else {
      for (const e of schemas.errors(documented.schema, json)) problems.push({ check: "response_schema_conformance", message: `${status} body: ${e}` });
    }
  }
  return problems;
}

function typeOf(schema: unknown): unknown {
  return typeof schema === "object" && schema !== null ? (schema as { type?: unknown }).type : undefined;
}
