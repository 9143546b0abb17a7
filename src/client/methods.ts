// Builds one method per row of the generated operation table: argument parsing, local validation,
// URL and headers, then the transport core; 2xx → parsed body, anything else → a typed ApiError.
import type { OperationInfo } from "../../generated/operations.js";
import type { ValidatorEntry } from "../../generated/validators.js";
import { ApiError, ValidationError, type ValidationIssue } from "../errors.js";
import type { Core } from "../transport/core.js";
import type { RequestOptions, ResolvedOptions } from "./options.js";
import { findIssues } from "./validate-request.js";

export type ValidatorTable = Record<string, Partial<Record<"body" | "query" | "path" | "header", ValidatorEntry>>>;

export interface MethodContext {
  core: Core;
  options: ResolvedOptions;
  validators: ValidatorTable;
  newIdempotencyKey: () => string;
  /** Headers sent on every request (accept, client identification). */
  baseHeaders: Record<string, string>;
}

type Method = ((...args: unknown[]) => Promise<unknown>) & { iterate?: (...args: unknown[]) => AsyncIterableIterator<unknown> };

export function buildMethods(table: Record<string, OperationInfo>, ctx: MethodContext): Record<string, Method> {
  const methods: Record<string, Method> = {};
  for (const [operationId, row] of Object.entries(table)) {
    const method: Method = (...args) => invoke(ctx, operationId, row, splitArgs(row, args));
    if (row.paginated) method.iterate = (...args) => paginate(ctx, operationId, row, splitArgs(row, args));
    methods[operationId] = method;
  }
  return methods;
}

interface CallArgs {
  path: Record<string, unknown>;
  body: unknown;
  query: Record<string, unknown> | undefined;
  options: RequestOptions;
}

function splitArgs(row: OperationInfo, args: unknown[]): CallArgs {
  const rest = args.slice(row.pathParams.length);
  const path: Record<string, unknown> = {};
  row.pathParams.forEach((name, i) => (path[name] = args[i]));
  const body = row.hasBody ? rest.shift() : undefined;
  const query = row.hasQuery ? (rest.shift() as Record<string, unknown> | undefined) : undefined;
  return { path, body, query, options: (rest.shift() as RequestOptions | undefined) ?? {} };
}

async function invoke(ctx: MethodContext, operationId: string, row: OperationInfo, call: CallArgs): Promise<unknown> {
  const { options: client, validators, core } = ctx;
  const { options } = call;
  const v = validators[operationId] ?? {};
  // A required body whose schema accepts `{}` may be left out (createRefund(id) refunds in full): send `{}`,
  // which is what the spec requires on the wire. Where `{}` is invalid the missing body is still an error.
  if (row.hasBody && row.bodyRequired && call.body === undefined && v.body?.validate({})) call = { ...call, body: {} };
  const issues = row.idempotent ? checkIdempotencyKey(v.header, options.idempotencyKey) : [];
  if (client.validateRequests) {
    if (row.pathParams.length > 0) issues.push(...findIssues(v.path, call.path, "path"));
    if (row.hasBody && (call.body !== undefined || row.bodyRequired)) issues.push(...findIssues(v.body, call.body, "body"));
    if (row.hasQuery && call.query !== undefined) issues.push(...findIssues(v.query, call.query, "query"));
  }
  if (issues.length > 0) throw new ValidationError(operationId, issues);

  const headers: Record<string, string> = { ...ctx.baseHeaders };
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
  delete headers.authorization; // credentials come from the client only
  if (row.idempotent) headers["idempotency-key"] = options.idempotencyKey ?? ctx.newIdempotencyKey();
  let body: string | undefined;
  if (row.hasBody && call.body !== undefined) {
    body = JSON.stringify(call.body);
    headers["content-type"] = "application/json";
  }

  const response = await core.send(
    { method: row.method.toUpperCase(), url: client.baseUrl + fillPath(row, call.path) + queryString(call.query), headers, body },
    { auth: row.auth, signal: options.signal, timeoutMs: options.timeoutMs },
  );
  if (response.status >= 200 && response.status < 300) {
    return response.body === "" ? undefined : JSON.parse(response.body);
  }
  throw ApiError.generate(response.status, response.body, response.headers, `${operationId} failed`);
}

async function* paginate(ctx: MethodContext, operationId: string, row: OperationInfo, call: CallArgs): AsyncIterableIterator<unknown> {
  let cursor = call.query?.starting_after;
  for (;;) {
    const query = cursor === undefined ? call.query : { ...call.query, starting_after: cursor };
    const page = (await invoke(ctx, operationId, row, { ...call, query })) as { data?: { id?: unknown }[]; has_more?: boolean };
    const data = page?.data ?? [];
    yield* data;
    const last = data[data.length - 1];
    // Stop on the last page, and defensively on an empty page or an item without an id (no cursor to follow).
    if (!page?.has_more || last?.id === undefined) return;
    cursor = last.id;
  }
}

/** The caller's idempotencyKey against the spec's Idempotency-Key header schema — checked even with
 * validateRequests off, since it is an SDK option rather than request data. */
function checkIdempotencyKey(header: ValidatorEntry | undefined, key: string | undefined): ValidationIssue[] {
  if (key === undefined) return [];
  return findIssues(header, { "Idempotency-Key": key }, "options").map((issue) => ({ ...issue, path: "/idempotencyKey" }));
}

function fillPath(row: OperationInfo, values: Record<string, unknown>): string {
  return row.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
