// Fault injection: `startSandbox({ faults: [...] })` plants known server bugs, so a conformance runner can show
// it catches real faults (issue 12). Each fault is one realistic defect, applied where such a bug would live
// (a handler, the auth check, the validator, the rate limiter); this file holds their names and the little
// logic two of them need. With no faults the sandbox is unchanged: every hook asks `faults.has(name)`.
import type { ValidationIssue } from "../../../src/errors.ts";
import { successStatus } from "../../../generated/server-table.ts";
import { loadConformanceSpec } from "./conformance/spec.ts";

export type FaultName =
  | "wrong-success-status"
  | "missing-required-field"
  | "missing-header"
  | "zero-amount-accepted"
  | "lowercase-currency-accepted"
  | "idempotency-ignored"
  | "refund-over-amount"
  | "cancel-twice"
  | "no-auth"
  | "no-retry-after"
  | "secret-key-as-token"
  | "unknown-route-not-404"
  | "list-omits-newest"
  | "refund-not-counted"
  | "wrong-content-type"
  | "illegal-transition";

/** Every fault the sandbox can inject, with what it breaks, as a report shows it. */
export const FAULTS: Readonly<Record<FaultName, string>> = {
  "wrong-success-status": "createPayment answers 200 instead of its documented success status",
  "missing-required-field": "getPayment's body lacks a field its response schema requires (the last one the schema lists)",
  "missing-header": "API responses lack the X-Request-Id header the spec marks required",
  "zero-amount-accepted": "createPayment accepts amount 0 and creates the payment (the amount's minimum check is missing)",
  "lowercase-currency-accepted": "createPayment accepts a lower-case currency code such as rub and stores it as sent",
  "idempotency-ignored": "Idempotency-Key is ignored: a replay creates a second object, a reused key with another body is not refused",
  "refund-over-amount": "createRefund accepts an amount above what is left to refund on the payment",
  "cancel-twice": "cancelPayment refuses (409) a payment that is already canceled instead of returning it unchanged",
  "no-auth": "an API request without an Authorization header is served",
  "no-retry-after": "a 429 rate_limited answer lacks the Retry-After header",
  "secret-key-as-token": "the secret key is accepted as an access token on API operations",
  "unknown-route-not-404": "an unknown route answers 404 with a web framework's default body instead of the error envelope",
  "list-omits-newest": "listPayments leaves out the newest payment",
  "refund-not-counted": "a refund does not add to its payment's amount_refunded",
  "wrong-content-type": "API responses carry JSON bodies as Content-Type: text/plain",
  "illegal-transition": "cancelPayment moves a succeeded payment to canceled",
};

export type Faults = ReadonlySet<FaultName>;

export const NO_FAULTS: Faults = new Set();

/** `value` as a set of fault names; a TypeError naming the valid ones when it is not. */
export function checkFaults(value: unknown, fail: (message: string) => never): Faults {
  if (value === undefined) return NO_FAULTS;
  if (!Array.isArray(value)) fail(`faults must be an array of fault names, e.g. ["no-auth"]; the faults are ${Object.keys(FAULTS).join(", ")}`);
  for (const name of value as unknown[]) {
    if (typeof name !== "string" || !Object.hasOwn(FAULTS, name)) {
      fail(`faults names an unknown fault ${JSON.stringify(name)}; the faults are ${Object.keys(FAULTS).join(", ")}`);
    }
  }
  return new Set(value as FaultName[]);
}

/** Whether a faulty validator lets this request problem through: a createPayment amount of 0 (an off-by-one minimum). */
export function letsThrough(faults: Faults, operationId: string, body: unknown, issue: ValidationIssue): boolean {
  if (!faults.has("zero-amount-accepted") || operationId !== "createPayment" || !isObject(body)) return false;
  return issue.location === "body" && issue.path === "/amount" && body.amount === 0;
}

/**
 * The request body as a faulty validator sees it: one that compares the currency case-insensitively checks
 * `rub` as `RUB` (so `ru` is still refused), while the handler stores what was sent.
 */
export function asValidated(faults: Faults, operationId: string, body: unknown): unknown {
  if (!faults.has("lowercase-currency-accepted") || operationId !== "createPayment" || !isObject(body)) return body;
  return typeof body.currency === "string" ? { ...body, currency: body.currency.toUpperCase() } : body;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The field a serializer that forgets one leaves out: the last one the operation's success schema requires. */
export function forgottenField(operationId: string): string | undefined {
  if (!forgotten.has(operationId)) {
    // The spec is read once per operation, not on every response the fault changes.
    const response = loadConformanceSpec().byId.get(operationId)?.responses[String(successStatus[operationId])];
    forgotten.set(operationId, ((response?.schema as { required?: string[] } | undefined)?.required ?? []).at(-1));
  }
  return forgotten.get(operationId);
}
/** forgottenField's answers: derived from the generated spec document, which never changes while the process runs. */
const forgotten = new Map<string, string | undefined>();

/** `body` as the serializer sends it: with the `missing-required-field` fault, without `forgottenField`. */
export function serialized<T extends object>(faults: Faults, operationId: string, body: T): T {
  const field = faults.has("missing-required-field") ? forgottenField(operationId) : undefined;
  if (field === undefined) return body;
  const { [field]: _dropped, ...rest } = body as Record<string, unknown>;
  return rest as T;
}
