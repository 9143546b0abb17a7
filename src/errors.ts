// Every error the SDK throws, and the one status → class factory (openai-node `APIError.generate`).
// Messages say what to do next and never contain the secret key or an access token.
import type { ErrorCode } from "../generated/models.js";
import { type ErrorContext, describeResponse } from "./error-detail.js";
import { PayConnectError } from "./error-base.js";
import { parseRetryAfterMs } from "./transport/retry-timing.js";

export type { ErrorContext } from "./error-detail.js";

export { PayConnectError };

/** One problem found by local validation, before anything was sent. */
export interface ValidationIssue {
  /** Which part of the request: the JSON body, the query or the path parameters. */
  location: "body" | "query" | "path" | "options";
  /** JSON pointer inside that part, e.g. `/customer/email`. */
  path: string;
  /** The API error code the server would answer with, e.g. `invalid_amount`. */
  code: ErrorCode;
  message: string;
}

/** The request was rejected locally (`validateRequests`); nothing was sent. */
export class ValidationError extends PayConnectError {
  override name = "ValidationError";
  readonly issues: ValidationIssue[];
  constructor(operationId: string, issues: ValidationIssue[]) {
    const list = issues.map((i) => `${i.location}${i.path || "/"} ${i.message} (${i.code})`).join("; ");
    super(`${operationId}: invalid request, nothing was sent — ${list}. Fix these fields and call again.`);
    this.issues = issues;
  }
}

export interface ApiErrorBody {
  code?: string;
  message?: string;
  param?: string;
  docs_url?: string;
  /** See ApiError.details. */
  details?: unknown;
}

/** PayConnect answered with a 4xx or 5xx status. */
export class ApiError extends PayConnectError {
  override name = "ApiError";
  readonly status: number;
  /**
   * The API error code, e.g. `invalid_amount`: the spec's `ErrorCode`, which grows (a code newer than this SDK is
   * kept as sent), or the SDK's own `unknown_error` when the body had none.
   */
  readonly code: ErrorCode | "unknown_error";
  /** JSON pointer of the offending request field, when the API named one. */
  readonly param: string | undefined;
  readonly docsUrl: string | undefined;
  /** The `X-Request-Id` response header: quote it when contacting support. */
  readonly requestId: string | undefined;
  /** Response headers, lower-case names. */
  readonly headers: Record<string, string>;
  /**
   * The server's own explanation beyond the error envelope, parsed, credentials removed: Prism's
   * `sl-violations` header (`[{ location, severity, code, message }]`) or a problem+json body
   * (`{ title, detail, validation? }`) from a mock or a proxy.
   */
  readonly details: unknown;
  /**
   * `message` without status, code and request id. Usually the server's `message` (credentials removed), with
   * what a mock's `sl-violations` add in parentheses; where the SDK knows better it is the SDK's advice: for an
   * answer that was not PayConnect's (where it came from, what it was) and for a rejected secret key (what to
   * check, with the server's reason quoted).
   */
  readonly explanation: string;

  constructor(status: number, body: ApiErrorBody | undefined, headers: Record<string, string>, fallback?: string) {
    const code = body?.code ?? "unknown_error";
    const requestId = headers["x-request-id"];
    const text = body?.message ?? fallback ?? `HTTP ${status}`;
    super(`${status} ${code}: ${text}${requestId ? ` (request id ${requestId})` : ""}`);
    this.status = status;
    this.code = code;
    this.param = body?.param;
    this.docsUrl = body?.docs_url;
    this.requestId = requestId;
    this.headers = headers;
    this.details = body?.details;
    this.explanation = text;
  }

  /**
   * Builds the subclass that matches the status from a response whose body and headers are already
   * scrubbed. `context` names the call, so an answer that is not PayConnect's (a wrong baseUrl) says where it went.
   */
  static generate(status: number, rawBody: string, headers: Record<string, string>, context?: ErrorContext): ApiError {
    const { body, fallback } = describeResponse(status, rawBody, headers, context);
    // Only RateLimitError reads the clock (an HTTP-date Retry-After); the others ignore the extra argument.
    return new (classFor(status) as typeof RateLimitError)(status, body, headers, fallback, context?.now);
  }
}

// Outside the class: a class whose body names it is emitted by esbuild as `var ApiError = class _ApiError`, and
// console.log and error.constructor.name then say `_ApiError` (keepNames would fix it for ~1.7 KB min+gzip).
function classFor(status: number): typeof ApiError {
  return status === 400 ? BadRequestError
    : status === 401 ? AuthenticationError
    : status === 403 ? PermissionDeniedError
    : status === 404 ? NotFoundError
    : status === 409 ? ConflictError
    : status === 422 ? UnprocessableEntityError
    : status === 429 ? RateLimitError
    : status >= 500 ? InternalServerError
    : ApiError;
}

export class BadRequestError extends ApiError { override name = "BadRequestError"; }
export class AuthenticationError extends ApiError { override name = "AuthenticationError"; }
export class PermissionDeniedError extends ApiError { override name = "PermissionDeniedError"; }
export class NotFoundError extends ApiError { override name = "NotFoundError"; }
export class ConflictError extends ApiError { override name = "ConflictError"; }
export class UnprocessableEntityError extends ApiError { override name = "UnprocessableEntityError"; }
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  /** Seconds to wait before trying again, from `Retry-After` (also beyond the 60 s the SDK waits by itself);
   * undefined when the header is absent or malformed. */
  readonly retryAfterSec: number | undefined;
  constructor(status: number, body: ApiErrorBody | undefined, headers: Record<string, string>, fallback?: string, nowMs = Date.now()) {
    super(status, body, headers, fallback);
    const ms = parseRetryAfterMs(headers["retry-after"], nowMs);
    this.retryAfterSec = ms === undefined ? undefined : Math.ceil(ms / 1000);
  }
}
export class InternalServerError extends ApiError { override name = "InternalServerError"; }

/**
 * PayConnect (or something in between) answered with a body the SDK cannot use: a 2xx that is not JSON,
 * or a body over the size limit. Not retried: the same request gets the same answer. The message names
 * the status, the content type and the first bytes of the body, with credentials removed.
 */
export class UnexpectedResponseError extends PayConnectError {
  override name = "UnexpectedResponseError";
  readonly status: number;
  /** The `Content-Type` response header, if any. */
  readonly contentType: string | undefined;
  /** The `X-Request-Id` response header: quote it when contacting support. */
  readonly requestId: string | undefined;
  constructor(message: string, response: { status: number; headers: Record<string, string> }) {
    super(message);
    this.status = response.status;
    this.contentType = response.headers["content-type"];
    this.requestId = response.headers["x-request-id"];
  }
}

/** The request could not be completed: DNS, refused or reset connection, TLS, a broken response. */
export class ConnectionError extends PayConnectError {
  override name = "ConnectionError";
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
  }
}

/** An attempt took longer than `timeoutMs` (after all retries). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}

export type WebhookFailureReason =
  | "missing_header"
  | "malformed_header"
  | "timestamp_outside_tolerance"
  | "no_valid_signature"
  | "invalid_payload";

/** A webhook request is not a genuine, fresh, well-formed PayConnect event. Answer it with 400. */
export class WebhookVerificationError extends PayConnectError {
  override name = "WebhookVerificationError";
  readonly reason: WebhookFailureReason;
  constructor(reason: WebhookFailureReason, message: string) {
    super(message);
    this.reason = reason;
  }
}
