// Headers a caller passes (`options.headers` of a method, `headers` of a pc.raw call): what can be sent
// as given and what is refused before anything goes out, whatever validateRequests says, because no
// request could carry it correctly.
import type { ValidationIssue } from "../errors.js";

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/; // an HTTP header name (RFC 9110 token)
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/; // what a header value can carry: no CR, LF, NUL or other controls

/**
 * Headers that frame or route the message: the hop-by-hop ones (RFC 9110 §7.6.1), Host, Content-Length,
 * and Expect (node:http would wait for a 100 Continue that never comes). The transport sets what it needs;
 * a caller's value could make the server read a different message than the one sent (request smuggling).
 */
const TRANSPORT_HEADERS = new Set(["connection", "content-length", "expect", "host", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade"]);

const TRANSPORT_OWNS = "frames or routes the request and is set by the SDK's transport; leave it out";
// The SDK authenticates every call (the access token; the secret key for the token exchange): a caller's value
// would be replaced without a word.
const AUTH_OWNS = "is set by the SDK from secretKey (an access token on every call); leave it out, or create a client with the other key";
/** Why a caller may not set header `lower` (lower-case), or undefined. */
const ownedBySdk = (lower: string) => (TRANSPORT_HEADERS.has(lower) ? TRANSPORT_OWNS : lower === "authorization" ? AUTH_OWNS : undefined);
const issue = (name: string, message: string): ValidationIssue => ({ location: "options", path: `/headers/${name}`, code: "invalid_request", message });

export interface CallerHeader {
  /** As the caller spelled it. */
  name: string;
  value: string;
}

/** The caller's headers by lower-case name, and why any of them cannot be sent. */
export function readCallerHeaders(headers: unknown): { headers: Record<string, CallerHeader>; issues: ValidationIssue[] } {
  const out: Record<string, CallerHeader> = {};
  const issues: ValidationIssue[] = [];
  const refuse = (name: string, message: string) => issues.push(issue(name, message));
  // Anything else would be read as no headers at all, and a random key would replace its Idempotency-Key.
  if (headers !== undefined && headers !== null && !isPlain(headers)) {
    issues.push({ location: "options", path: "/headers", code: "invalid_request", message: 'must be an object of header names to values, e.g. { "X-Trace": "1" }, not a Headers object, list or string' });
  }
  for (const [name, value] of plainEntries(headers)) {
    const lower = name.toLowerCase();
    const owner = ownedBySdk(lower);
    if (!TOKEN.test(name)) refuse(name, "is not a valid header name");
    else if (typeof value !== "string" || !FIELD_VALUE.test(value)) refuse(name, "must be a header value without CR, LF or other control characters");
    else if (owner) refuse(name, owner);
    else out[lower] ??= { name, value };
  }
  return { headers: out, issues: [...issues, ...conflictingSpellings(headers)] };
}

/**
 * Two spellings of one header with different values (`idempotency-key` and `Idempotency-Key`): a Headers
 * object would keep one of them silently, and which one to send is the caller's call, not the SDK's.
 */
export function conflictingSpellings(headers: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Map<string, [name: string, value: string]>();
  for (const [name, value] of plainEntries(headers)) {
    if (value === undefined || value === null) continue; // left out by openapi-fetch
    const key = name.toLowerCase();
    const text = String(value);
    const first = seen.get(key);
    if (first && first[1] !== text) {
      issues.push(issue(name, `is given twice with different values (also as ${first[0]}); pass it once`));
    }
    if (!first) seen.set(key, [name, text]);
  }
  return issues;
}

function isPlain(headers: unknown): headers is object {
  return headers !== null && typeof headers === "object" && !(headers instanceof Headers) && !Array.isArray(headers);
}

/** Entries of a plain headers object (a Headers object cannot hold two spellings). */
function plainEntries(headers: unknown): [string, unknown][] {
  return isPlain(headers) ? Object.entries(headers) : [];
}

/**
 * An empty or whitespace-only Idempotency-Key is no key, whatever the operation: where the SDK retries
 * under a key it would pass for one, and elsewhere it is a slip (an unset variable) the server would judge.
 */
export const isBlankKey = (value: unknown): boolean => typeof value === "string" && value.trim() === "";

/** What to do about a blank key, for an operation that takes one (`idempotent`) or not. */
export function blankKeyMessage(idempotent: boolean): string {
  return idempotent
    ? "is empty; give a unique key as `idempotencyKey` (a UUID or your order id), or omit it and the SDK generates one"
    : "is empty; omit it (this operation takes no Idempotency-Key; `idempotencyKey` applies to operations that do)";
}

/** Why the headers of a built request (pc.raw, lower-case names) cannot be sent. */
export function sentHeaderIssues(headers: Record<string, string>): ValidationIssue[] {
  const issues = Object.keys(headers).flatMap((name) => {
    const owner = ownedBySdk(name);
    return owner ? [issue(name, owner)] : [];
  });
  if (isBlankKey(headers["idempotency-key"])) issues.push(issue("idempotency-key", "is empty; pass a unique key (a UUID) or leave it out and one is generated"));
  return issues;
}
