// What an error response says, for ApiError: PayConnect's envelope `{ error: { code, message, param,
// docs_url } }`, plus what a mock or a proxy adds (Prism's `sl-violations` header, a problem+json body).
// An answer without the envelope did not come from PayConnect; its message names the call and the baseUrl
// it went to, because a wrong baseUrl is the usual reason (issue 10, "errors a person can act on").
import type { ApiErrorBody } from "./errors.js";

/** The call an error response answered. */
export interface ErrorContext {
  /** The SDK method (operationId). */
  operation: string;
  method: string;
  /** Path and query after baseUrl. */
  path: string;
  baseUrl: string;
  /** The client's clock in ms, for an HTTP-date Retry-After. */
  now?: number | undefined;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

function parse(text: string | undefined): unknown {
  try {
    // Stryker disable next-line ConditionalExpression: JSON.parse(undefined) throws too, and the catch answers the same
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page): the status alone classifies it.
  }
}

/** The parsed error body and, when it has no message of its own, the text to show instead. */
export function describeResponse(status: number, raw: string, headers: Record<string, string>, context?: ErrorContext) {
  const parsed = parse(raw);
  const violations = parse(headers["sl-violations"]);
  const said = Array.isArray(violations) ? violations.map((v) => (isObject(v) ? str(v.message) : undefined)).filter(Boolean) : [];
  // Prism answers with the spec's example body; the violations say what was really wrong.
  const also = said.length > 0 ? ` (${said.join("; ")})` : "";
  const e = isObject(parsed) ? parsed.error : undefined;
  if (isObject(e)) {
    const message = str(e.message);
    const body: ApiErrorBody = { code: str(e.code), message: message && message + also, param: str(e.param), docs_url: str(e.docs_url), details: violations };
    return { body, fallback: `HTTP ${status}${also}` };
  }
  const problem = isObject(parsed) ? parsed : undefined;
  const detail = str(problem?.detail) ?? str(problem?.title);
  const where = context ? `${context.operation} (${context.method} ${context.path}) got HTTP ${status} from ${context.baseUrl}` : `HTTP ${status}`;
  const body: ApiErrorBody | undefined = violations ?? problem ? { details: violations ?? problem } : undefined;
  const hint = status === 404 ? " Check that baseUrl is the API root, e.g. https://api.payconnect.com." : "";
  if (status >= 300 && status < 400 && headers.location !== undefined) {
    // Only the host: the rest of the Location may carry anything. Not followed, so credentials stay put.
    const target = hostOf(headers.location, context?.baseUrl);
    return { body, fallback: `${where}, a redirect to ${target}; the PayConnect API never redirects, so it was not followed. Check baseUrl: the exact API origin, with https://, e.g. https://api.payconnect.com.` };
  }
  return { body, fallback: `${where} without a PayConnect error body${detail ? `: ${detail}` : ""}${also}.${hint}` };
}

function hostOf(location: string, base: string | undefined): string {
  try {
    return new URL(location, base).host;
  } catch {
    return "an invalid Location";
  }
}
