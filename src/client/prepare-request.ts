// Everything a method checks and builds before sending: per-request options, caller headers, the
// Idempotency-Key, path parameters, and the body exactly as it will be sent. Problems are collected into
// one ValidationError; nothing is sent. Some checks hold even with validateRequests off, because no
// request could carry the input correctly (a header with a line break, a `..` path parameter).
import { unknownOption } from "./known-options.js";
import type { OperationInfo } from "../../generated/operations.js";
import { ValidationError, type ValidationIssue } from "../errors.js";
import type { RequestOptions } from "./options.js";
import { signalProblem, timeoutProblem } from "./options.js";
import type { ValidatorTable } from "./methods.js";
import { findIssues } from "./validate-request.js";
import { blankKeyMessage, isBlankKey, readCallerHeaders } from "./caller-headers.js";

export interface CallArgs {
  path: Record<string, unknown>;
  body: unknown;
  query: Record<string, unknown> | undefined;
  options: RequestOptions;
}

export interface PrepareContext {
  validateRequests: boolean;
  /** Headers sent on every request (accept, client identification). */
  baseHeaders: Record<string, string>;
  newIdempotencyKey: () => string;
}


export function prepareRequest(operationId: string, row: OperationInfo, v: ValidatorTable[string], call: CallArgs, ctx: PrepareContext) {
  // A required body whose schema accepts `{}` may be left out (createRefund(id) refunds in full): send `{}`,
  // which is what the spec requires on the wire. Where `{}` is invalid the missing body is still an error.
  if (row.hasBody && row.bodyRequired && call.body === undefined && v.body?.validate({})) call = { ...call, body: {} };
  const { options } = call;
  const issues: ValidationIssue[] = [];
  const option = (path: string, message: string) => issues.push({ location: "options", path, code: "invalid_request", message });

  // Stryker disable next-line StringLiteral: any kind but "client" reads the request options
  const unknown = unknownOption(options, "request");
  if (unknown) option(`/${unknown.name}`, unknown.message);
  for (const name of ["timeoutMs", "totalTimeoutMs"] as const) {
    const problem = options[name] === undefined ? undefined : timeoutProblem(options[name], name);
    if (problem) option(`/${name}`, problem);
  }

  // Checked here, with the other options: left to the transport, a bad one fails as a bare TypeError.
  const badSignal = signalProblem(options.signal);
  if (badSignal) option("/signal", badSignal);

  const { headers: callerHeaders, issues: headerProblems } = readCallerHeaders(options.headers);
  issues.push(...headerProblems);

  // A caller's own Idempotency-Key header is honoured, never replaced: replacing it would turn the caller's
  // retry into a second payment. A blank one is refused on every operation, once, saying what to do (not as
  // the spec's minLength and pattern).
  const headerKey = callerHeaders["idempotency-key"];
  let key = options.idempotencyKey;
  const blankHeader = headerKey !== undefined && isBlankKey(headerKey.value);
  if (blankHeader) option(`/headers/${headerKey.name}`, blankKeyMessage(row.idempotent));
  if (isBlankKey(key)) option("/idempotencyKey", blankKeyMessage(row.idempotent));
  // Never ignored: a key the call cannot send protects nothing, and the caller may believe it does.
  else if (key !== undefined && !row.idempotent) option("/idempotencyKey", `${operationId} takes no Idempotency-Key (only operations that create or change something do); leave it out`);
  if (row.idempotent && !blankHeader && !isBlankKey(key)) {
    if (key !== undefined && headerKey !== undefined && headerKey.value !== key) {
      option("/idempotencyKey", "differs from the Idempotency-Key header; pass the key once, as idempotencyKey");
    }
    key ??= headerKey?.value;
    const where = options.idempotencyKey !== undefined ? "/idempotencyKey" : `/headers/${headerKey?.name}`;
    if (key !== undefined) issues.push(...headerIssues(v.header, "Idempotency-Key", key, where));
  }

  issues.push(...pathSegmentIssues(row.pathParams, call.path));

  // The body as it will be sent (no body stays undefined; an operation without one never gets one from its
  // arguments), and that JSON read back, so validation judges what is sent.
  let body: string | undefined;
  let sent: unknown;
  try {
    body = JSON.stringify(call.body);
    sent = body === undefined ? undefined : (JSON.parse(body) as unknown);
  } catch (error) {
    issues.push({ location: "body", path: "", code: "invalid_request", message: `is not JSON-serialisable (${(error as Error).message})` });
  }

  if (ctx.validateRequests) {
    issues.push(...findIssues(v.path, call.path, "path"));
    // Validate what is sent: a body with toJSON goes out as its JSON, not as the object.
    if (row.hasBody && (body !== undefined || row.bodyRequired)) issues.push(...findIssues(v.body, sent, "body"));
    if (row.hasQuery && call.query !== undefined) issues.push(...findIssues(v.query, call.query, "query"));
    const client = callerHeaders["x-payconnect-client"];
    if (client) issues.push(...headerIssues(v.header, "X-PayConnect-Client", client.value, `/headers/${client.name}`));
  }
  if (issues.length > 0) throw new ValidationError(operationId, issues);

  const headers: Record<string, string> = { ...ctx.baseHeaders };
  for (const [lower, { value }] of Object.entries(callerHeaders)) headers[lower] = value;
  delete headers.authorization; // credentials come from the client only
  if (row.idempotent) headers["idempotency-key"] = key ?? ctx.newIdempotencyKey();
  if (body !== undefined) headers["content-type"] = "application/json";
  return { headers, body };
}

/**
 * "", "." and ".." cannot be sent as a path parameter: URL parsers (WHATWG, so fetch and node:http alike)
 * drop or resolve them as dot segments even when percent-encoded, so `getPayment("..")` would reach
 * `GET /v1/`. No encoding can carry them; they are refused whatever validateRequests says.
 */
export function pathSegmentIssues(names: readonly string[], values: Record<string, unknown>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const name of names) {
    const value = String(values[name]);
    if (value === "" || value === "." || value === "..") {
      issues.push({ location: "path", path: `/${name}`, code: "invalid_request", message: `cannot be "${value}": it would change the request's path` });
    }
  }
  return issues;
}

/** One header value against the spec's schema for it (the operation's generated header validator). */
function headerIssues(entry: ValidatorTable[string]["header"], specName: string, value: string, path: string): ValidationIssue[] {
  return findIssues(entry, { [specName]: value }, "options").map((issue) => ({ ...issue, path }));
}
