// Checks a request with the SDK's own generated validators and error-code mapping (`x-error-code` in the
// spec), so the sandbox rejects exactly what the SDK would refuse to send, with the code the spec documents.
import type { IncomingHttpHeaders } from "node:http";
import { headerParams, queryParams } from "../../../../generated/server-table.ts";
import { requestValidators, type ValidatorEntry } from "../../../../generated/validators.js";
import { findIssues } from "../../../../src/client/validate-request.ts";
import { type Faults, NO_FAULTS, asValidated, letsThrough } from "../faults.ts";
import { ApiFailure } from "./api-error.ts";

type Parts = Partial<Record<"body" | "query" | "path" | "header", ValidatorEntry>>;

export interface RequestInput {
  operationId: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  hasBody: boolean;
  faults?: Faults;
}

/** The query as typed values (per the spec's parameter types); throws ApiFailure on the first problem. */
export function validateRequest(input: RequestInput): Record<string, unknown> {
  const parts = (requestValidators as Record<string, Parts>)[input.operationId] ?? {};
  const query = typedQuery(input.operationId, input.query);
  // The SDK files header problems under "options" (headers are per-request options there).
  const checks: [ValidatorEntry | undefined, unknown, "path" | "query" | "options" | "body"][] = [
    [parts.header, specHeaders(input.operationId, input.headers), "options"],
    [parts.path, input.pathParams, "path"],
    [parts.query, query, "query"],
  ];
  const faults = input.faults ?? NO_FAULTS;
  if (input.hasBody) checks.push([parts.body, asValidated(faults, input.operationId, input.body), "body"]);
  for (const [entry, data, location] of checks) {
    const issue = findIssues(entry, data, location).find((i) => !letsThrough(faults, input.operationId, input.body, i));
    if (issue === undefined) continue;
    const where = location === "body" ? "" : ` (${location === "options" ? "header" : location} parameter)`;
    throw new ApiFailure(issue.code, `${issue.path || "The request body"} ${issue.message}${where}.`, issue.path || undefined);
  }
  return query;
}

/** Query strings are text: a parameter the spec types as integer, number or boolean is converted when it reads as one. */
function typedQuery(operationId: string, search: URLSearchParams): Record<string, unknown> {
  const declared = queryParams[operationId] ?? {};
  // A Map, then own properties only: "toString", "constructor" or "__proto__" are names a client may send, and
  // on a plain object they would read as already given (inherited) or be dropped (the __proto__ setter).
  const out = new Map<string, unknown>();
  for (const [name, value] of search) {
    if (out.has(name)) throw new ApiFailure("invalid_request", `Query parameter ${name} is given twice; give it once.`, `/${name}`);
    const type = Object.hasOwn(declared, name) ? declared[name]!.type : undefined;
    if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(value)) out.set(name, Number(value));
    else if (type === "boolean" && (value === "true" || value === "false")) out.set(name, value === "true");
    else out.set(name, value);
  }
  return Object.fromEntries(out);
}

/** Only the headers the spec declares for the operation, under the names it gives them. */
function specHeaders(operationId: string, headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of headerParams[operationId] ?? []) {
    const value = headers[name.toLowerCase()];
    if (typeof value === "string") out[name] = value;
    else if (Array.isArray(value)) out[name] = value.join(", ");
  }
  return out;
}
