// `pc.raw`: the openapi-fetch client, whose custom fetch hands every request to the same transport core
// (middleware cannot resend, a custom fetch can). The operation table says which credential a route needs
// and whether it takes an Idempotency-Key.
import createClient, { type Client, defaultPathSerializer } from "openapi-fetch";
import type { OperationInfo } from "../../generated/operations.js";
import { PayConnectError, ValidationError } from "../errors.js";
import type { Core } from "../transport/core.js";
import type { WireResponse } from "../transport/types.js";
import { conflictingSpellings, sentHeaderIssues } from "./caller-headers.js";
import { signalProblem } from "./options.js";
import { pathSegmentIssues } from "./prepare-request.js";
import { rawResponse } from "./raw-response.js";

export function createRawClient<Paths extends {}>(
  table: Record<string, OperationInfo>,
  core: Core,
  baseUrl: string,
  baseHeaders: Record<string, string>,
  newIdempotencyKey: () => string,
): Client<Paths> {
  const routes = Object.values(table).map((row) => ({
    row,
    pattern: new RegExp(`^${row.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`),
  }));
  const prefix = new URL(baseUrl).pathname.replace(/\/$/, "");

  const origin = new URL(baseUrl).origin;

  // openapi-fetch does not tell a custom fetch how it will read the body (parseAs): each call gets its own.
  const fetchAs = (parseAs: string) => async (input: Request): Promise<Response> => {
    const url = new URL(input.url);
    // openapi-fetch takes a per-request baseUrl: the client's credentials go to the client's origin only.
    if (url.origin !== origin) {
      throw new PayConnectError(`pc.raw sends only to this client's baseUrl (${origin}), not ${url.origin}; create a client for that baseUrl instead.`);
    }
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const method = input.method.toLowerCase();
    const row = routes.find((r) => r.row.method === method && r.pattern.test(path))?.row;
    const headers: Record<string, string> = { ...baseHeaders };
    input.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    // Nothing framing or routing the message, no Authorization of the caller's (the SDK sets it), and no empty
    // key passed off as one (it would be retried).
    const problems = sentHeaderIssues(headers);
    if (problems.length > 0) throw new ValidationError(`pc.raw ${input.method} ${path}`, problems);
    if (row?.idempotent && headers["idempotency-key"] === undefined) headers["idempotency-key"] = newIdempotencyKey();
    const body = input.body === null ? undefined : await input.text(); // buffered once, resent per attempt
    // Every error leaves through core.redact, as from the methods.
    let response: WireResponse | undefined;
    try {
      response = await core.send({ method: input.method, url: input.url, headers, body }, { auth: row?.auth ?? "accessToken", signal: input.signal });
      const answer = response;
      const context = { operation: "pc.raw", method: input.method, path: path + url.search, baseUrl };
      return rawResponse(answer, parseAs, `pc.raw ${input.method} ${path}${url.search}`, (text) => core.scrub(text, answer), () => core.apiError(answer, context));
    } catch (error) {
      throw core.redact(error, response);
    }
  };
  // pc.raw validates nothing against the spec (that is what the methods are for), but a "." or ".." path
  // parameter would silently send the request to another path, so it is refused before a URL is built.
  const pathSerializer = (pathname: string, params: Record<string, unknown>) => {
    const issues = pathSegmentIssues(Object.keys(params), params);
    if (issues.length > 0) throw new ValidationError(`pc.raw ${pathname}`, issues);
    return defaultPathSerializer(pathname, params);
  };
  const client = createClient<Paths>({ baseUrl, fetch: fetchAs("json"), pathSerializer });
  // openapi-fetch merges headers with Headers.set, so of two spellings of one name the last would silently
  // win: they are checked here, before the merge. `at`: where the call's options are among its arguments.
  type Send = (...args: unknown[]) => Promise<unknown>;
  type Init = { headers?: unknown; parseAs?: string; signal?: unknown } | undefined;
  const guarded = (send: Send, what: (args: unknown[]) => string, at: number): Send => (...args) => {
    const init = args[at] as Init;
    const issues = conflictingSpellings(init?.headers);
    // openapi-fetch would send a list of pairs as headers named "0", "1" (the caller's key lost, a random one sent).
    if (Array.isArray(init?.headers)) issues.push({ location: "options", path: "/headers", code: "invalid_request", message: 'must be an object of header names to values, e.g. { "Idempotency-Key": "order-42" }, or a Headers object, not a list of pairs' });
    // Left to the Request constructor, a bad signal fails as a bare TypeError.
    const badSignal = signalProblem(init?.signal);
    if (badSignal) issues.push({ location: "options", path: "/signal", code: "invalid_request", message: badSignal });
    if (issues.length > 0) return Promise.reject(new ValidationError(`pc.raw ${what(args)}`, issues));
    // A fetch the caller passes for one call is theirs to use (it sends without the SDK, and its credentials).
    const sent = [...args];
    sent[at] = { fetch: fetchAs(init?.parseAs ?? "json"), ...init };
    return send(...sent);
  };
  const methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;
  const wrapped: Record<string, Send> = {};
  for (const m of methods) wrapped[m] = guarded(client[m] as Send, (a) => `${m} ${String(a[0])}`, 1);
  wrapped.request = guarded(client.request as Send, (a) => `${String(a[0])} ${String(a[1])}`, 2);
  return Object.assign(client, wrapped);
}
