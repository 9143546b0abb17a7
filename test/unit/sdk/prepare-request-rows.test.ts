// prepareRequest's rules for every shape of operation a spec can describe, including shapes today's spec has
// not used yet (an optional body, a required Idempotency-Key header, a closed header set on an operation that
// takes no key): synthetic operation rows with validators compiled by the SDK's own checker, so the next spec
// that brings such an operation finds the rules already held.
import { expect, test } from "vitest";
import type { OperationInfo } from "../../../generated/operations.ts";
import { type CallArgs, prepareRequest } from "../../../src/client/prepare-request.ts";
import { ValidationError } from "../../../src/errors.ts";
import { validatorEntry } from "../../../src/validation/schema-check.ts";

const row = (over: Partial<OperationInfo>): OperationInfo => ({
  method: "post", path: "/v1/things", pathParams: [], queryParams: [], hasBody: false, bodyRequired: false, hasQuery: false,
  idempotent: false, auth: "accessToken", paginated: false, noContent: [], ...over,
});
const body = validatorEntry({ type: "object", required: ["name"], properties: { name: { type: "string" } }, additionalProperties: false }, []);
const ctx = { validateRequests: true, baseHeaders: { accept: "application/json" }, newIdempotencyKey: () => "generated-key" };
const call = (over: Partial<CallArgs> = {}): CallArgs => ({ path: {}, body: undefined, query: undefined, options: {}, ...over });
const issuesOf = (f: () => unknown) => {
  try {
    f();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
};

test("an optional body left out: nothing sent, nothing to validate, no content type", () => {
  const out = prepareRequest("createThing", row({ hasBody: true }), { body }, call(), ctx);
  expect(out.body).toBeUndefined();
  expect(out.headers["content-type"]).toBeUndefined();
});

test("an optional body given is validated as sent, and sent as JSON", () => {
  expect(issuesOf(() => prepareRequest("createThing", row({ hasBody: true }), { body }, call({ body: { name: 1 } }), ctx)))
    .toEqual([expect.objectContaining({ location: "body", path: "/name" })]);
  const out = prepareRequest("createThing", row({ hasBody: true }), { body }, call({ body: { name: "a" } }), ctx);
  expect(out).toMatchObject({ body: '{"name":"a"}', headers: { "content-type": "application/json" } });
});

test("a required body left out is reported as required", () => {
  expect(issuesOf(() => prepareRequest("createThing", row({ hasBody: true, bodyRequired: true }), { body }, call(), ctx)))
    .toEqual([expect.objectContaining({ location: "body" })]);
});

test("an operation without a body sends none and no content type", () => {
  const out = prepareRequest("getThing", row({ method: "get" }), {}, call(), ctx);
  expect(out.body).toBeUndefined();
  expect(out.headers).not.toHaveProperty("content-type");
});

test("a body JSON cannot carry is refused, saying so", () => {
  expect(issuesOf(() => prepareRequest("createThing", row({ hasBody: true }), { body }, call({ body: { name: 1n } }), ctx)))
    .toEqual([expect.objectContaining({ location: "body", message: expect.stringMatching(/^is not JSON-serialisable \(.+\)$/) })]);
});

test("an Idempotency-Key the spec requires is generated when the caller gives none, not reported missing", () => {
  const header = validatorEntry({ type: "object", required: ["Idempotency-Key"], properties: { "Idempotency-Key": { type: "string", maxLength: 64 } } }, []);
  const out = prepareRequest("createThing", row({ hasBody: true, idempotent: true }), { body, header }, call({ body: { name: "a" } }), ctx);
  expect(out.headers["idempotency-key"]).toBe("generated-key");
});

test("an idempotencyKey on an operation that takes none is refused, saying so, whatever validateRequests says", () => {
  for (const validateRequests of [true, false]) {
    const issues = issuesOf(() => prepareRequest("getThing", row({ method: "get" }), {}, call({ options: { idempotencyKey: "order-1" } }), { ...ctx, validateRequests }));
    expect(issues).toEqual([expect.objectContaining({ location: "options", path: "/idempotencyKey", message: expect.stringMatching(/getThing takes no Idempotency-Key.*leave it out/) })]);
  }
});

test("an idempotencyKey that differs from the caller's Idempotency-Key header is refused, naming both", () => {
  const issues = issuesOf(() => prepareRequest("createThing", row({ hasBody: true, idempotent: true }), { body },
    call({ body: { name: "a" }, options: { idempotencyKey: "one", headers: { "Idempotency-Key": "two" } } }), ctx));
  expect(issues).toContainEqual(expect.objectContaining({ path: "/idempotencyKey", message: expect.stringMatching(/differs from the Idempotency-Key header.*idempotencyKey/) }));
});

test("a dot segment as a path parameter is refused whatever validateRequests says, saying why", () => {
  for (const value of ["", ".", ".."]) {
    const issues = issuesOf(() => prepareRequest("getThing", row({ method: "get", pathParams: ["id"] }), {}, call({ path: { id: value } }), { ...ctx, validateRequests: false }));
    expect(issues).toEqual([expect.objectContaining({ location: "path", path: "/id", message: `cannot be "${value}": it would change the request's path` })]);
  }
});

test("a required body whose schema accepts {} may be left out and is sent as {}; an optional one is left out", () => {
  const open = validatorEntry({ type: "object", properties: { note: { type: "string" } }, additionalProperties: false }, []);
  expect(prepareRequest("refundThing", row({ hasBody: true, bodyRequired: true }), { body: open }, call(), ctx).body).toBe("{}");
  expect(prepareRequest("refundThing", row({ hasBody: true }), { body: open }, call(), ctx).body).toBeUndefined();
  // Without a body validator nothing is assumed: no body, and no crash.
  expect(prepareRequest("refundThing", row({ hasBody: true, bodyRequired: true }), {}, call(), ctx).body).toBeUndefined();
});
