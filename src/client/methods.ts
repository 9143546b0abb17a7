// Builds one method per row of the generated operation table: argument parsing, checks and request
// building (prepare-request.ts), then the transport core; 2xx → parsed body, anything else → a typed ApiError.
import type { OperationInfo } from "../../generated/operations.js";
import { type IsScope, forbiddenScopeError } from "../auth/scope-hints.js";
import type { ValidatorEntry } from "../../generated/validators.js";
import { PayConnectError, UnexpectedResponseError } from "../errors.js";
import type { Core } from "../transport/core.js";
import { type WithResponse, apiPromise } from "./api-promise.js";
import type { RequestOptions, ResolvedOptions } from "./options.js";
import { successBody } from "./parse-response.js";
import { type CallArgs, prepareRequest } from "./prepare-request.js";

export type ValidatorTable = Record<string, Partial<Record<"body" | "query" | "path" | "header", ValidatorEntry>>>;

export interface MethodContext {
  core: Core;
  options: ResolvedOptions;
  validators: ValidatorTable;
  newIdempotencyKey: () => string;
  /** Headers sent on every request (accept, client identification). */
  baseHeaders: Record<string, string>;
  /** Whether a word is a scope name (the spec's), for the hint of a 403. */
  isScope: IsScope;
}

type Method = ((...args: unknown[]) => Promise<unknown>) & { iterate?: (...args: unknown[]) => AsyncIterableIterator<unknown> };

export function buildMethods(table: Record<string, OperationInfo>, ctx: MethodContext): Record<string, Method> {
  const methods: Record<string, Method> = {};
  for (const [operationId, row] of Object.entries(table)) {
    const method: Method = (...args) => apiPromise(invoke(ctx, operationId, row, splitArgs(row, args)));
    if (row.paginated) method.iterate = (...args) => paginate(ctx, operationId, row, splitArgs(row, args));
    methods[operationId] = method;
  }
  return methods;
}

function splitArgs(row: OperationInfo, args: unknown[]): CallArgs {
  const rest = args.slice(row.pathParams.length);
  const path: Record<string, unknown> = {};
  row.pathParams.forEach((name, i) => (path[name] = args[i]));
  const body = row.hasBody ? rest.shift() : undefined;
  const query = row.hasQuery ? (rest.shift() as Record<string, unknown> | undefined) : undefined;
  return { path, body, query, options: (rest.shift() as RequestOptions | undefined) ?? {} };
}

/** One call. Every error leaves through core.redact: whatever a server echoed, in whatever spelling and
 * wherever on the error (message, headers, request id, details, cause), no credential goes out with it. */
async function invoke(ctx: MethodContext, operationId: string, row: OperationInfo, call: CallArgs): Promise<WithResponse<unknown>> {
  try {
    return await send(ctx, operationId, row, call);
  } catch (error) {
    throw ctx.core.redact(error);
  }
}

async function send(ctx: MethodContext, operationId: string, row: OperationInfo, call: CallArgs): Promise<WithResponse<unknown>> {
  const { options: client, core } = ctx;
  const v = ctx.validators[operationId] ?? {};
  const { headers, body } = prepareRequest(operationId, row, v, call, {
    validateRequests: client.validateRequests,
    baseHeaders: ctx.baseHeaders,
    newIdempotencyKey: ctx.newIdempotencyKey,
  });
  const { options } = call;
  const method = row.method.toUpperCase();
  const path = fillPath(row, call.path) + queryString(call.query);
  const response = await core.send(
    { method, url: client.baseUrl + path, headers, body },
    { auth: row.auth, signal: options.signal, timeoutMs: options.timeoutMs, totalTimeoutMs: options.totalTimeoutMs },
  );
  // Scrubbed of the token this call sent too, which the client may no longer remember. The headers come
  // scrubbed from the core.
  try {
    if (response.status >= 200 && response.status < 300) {
      const { status, headers } = response;
      const data = successBody(response, `${operationId} (${method} ${path})`, row.noContent, (text) => core.scrub(text, response));
      return { data, response: { status, headers, requestId: headers["x-request-id"] } };
    }
    throw forbiddenScopeError(core.apiError(response, { operation: operationId, method, path, baseUrl: client.baseUrl }), client.scope, ctx.isScope);
  } catch (error) {
    throw core.redact(error, response);
  }
}

async function* paginate(ctx: MethodContext, operationId: string, row: OperationInfo, call: CallArgs): AsyncIterableIterator<unknown> {
  let cursor = call.query?.starting_after;
  // Cursors already followed, compared as sent (the query string), not by identity: a server that hands one
  // back again — even as a fresh object each page, with validateRequests off — would otherwise be paged forever.
  // No cursor reads as "" (queryString leaves undefined out), which no page's last id can match.
  const sent = (c: unknown) => queryString({ starting_after: c });
  const followed = new Set<string>([sent(cursor)]);
  for (;;) {
    const query = { ...call.query, starting_after: cursor };
    const { data: body, response } = await invoke(ctx, operationId, row, { ...call, query });
    const page = body as { data?: { id?: unknown }[]; has_more?: boolean } | null;
    // A page is an object with a `data` list (the spec requires it). Anything else is a broken answer: a string
    // would be yielded a character at a time, an object would throw a bare TypeError, no data would end the
    // iteration as if nothing were left.
    if (!Array.isArray(page?.data)) {
      throw new UnexpectedResponseError(`${operationId}.iterate(): the page (HTTP ${response.status}) has no \`data\` array; check baseUrl points at the PayConnect API.`, response);
    }
    const data = page.data;
    yield* data;
    const last = data[data.length - 1];
    // Stop on the last page, and defensively on an empty page or an item without an id (no cursor to follow).
    if (!page.has_more || last?.id === undefined) return;
    if (followed.has(sent(last.id))) {
      throw ctx.core.redact(new PayConnectError(
        `${operationId}.iterate(): has_more is true but the page ends with ${String(last.id)}, ` +
          `already used as starting_after; stopped instead of looping.`,
      ));
    }
    followed.add(sent(last.id));
    cursor = last.id;
  }
}

function fillPath(row: OperationInfo, values: Record<string, unknown>): string {
  // prepareRequest refused "", "." and ".."; encoding makes "/" part of the segment, so a value is one segment.
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
