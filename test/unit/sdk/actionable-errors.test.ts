// Errors a person can act on: a 404 that is not PayConnect's names the call and the baseUrl; the server's own
// explanation (envelope, Prism's sl-violations header, a problem+json body) stays on the error, scrubbed;
// RateLimitError.retryAfterSec; idempotency advice only where it applies; an abort rejects with its reason.
import { describe, expect, test } from "vitest";
import {
  ConnectionError, NotFoundError, PayConnectError, RateLimitError, TimeoutError, UnprocessableEntityError, createPayConnect, operations,
} from "../../../src/entry/node.js";
import { SECRET, TOKEN, type Reply, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

const BASE = "https://payments.example.test";
const tokenPath = Object.values(operations).find((row) => row.auth === "secretKey")!.path;
const tokenOperation = Object.entries(operations).find(([, row]) => row.auth === "secretKey")![0];

function client(handler: Parameters<typeof fakeApi>[0], tokens?: Parameters<typeof fakeApi>[1], extra = {}) {
  const api = fakeApi(handler, tokens);
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: BASE, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
  return { api, time, pc };
}
const fail = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected a rejection"); }, (e: unknown) => e as Error);
/** What a server that is not PayConnect answers (Prism's "no path matched" is one; an nginx page another). */
const problem404 = (path: string): Reply => ({
  status: 404,
  headers: { "content-type": "application/problem+json" },
  body: { type: "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR", title: "Route not resolved, no path matched", status: 404, detail: `The route ${path} hasn't been found` },
});

describe("a 404 that is not PayConnect's", () => {
  test("at the token endpoint (a wrong baseUrl fails there first) names the operation, method, path and baseUrl", async () => {
    const { pc } = client(() => ({ status: 200, body: payment }), (req) => problem404(req.path));
    const error = await fail(pc.getPayment(payment.id));
    expect(error).toBeInstanceOf(NotFoundError);
    for (const part of [tokenOperation, `POST ${tokenPath}`, BASE, "baseUrl"]) expect(error.message).toContain(part);
    expect((error as NotFoundError).details).toMatchObject({ detail: `The route ${tokenPath} hasn't been found` });
    expect(error.message).toContain(`The route ${tokenPath} hasn't been found`);
  });

  test("on an API call, with an HTML body, names that call", async () => {
    const { pc } = client(() => ({ status: 404, raw: "<html><body>Not Found</body></html>", headers: { "content-type": "text/html" } }));
    const error = await fail(pc.getPayment(payment.id));
    expect(error).toBeInstanceOf(NotFoundError);
    for (const part of ["getPayment", `GET /v1/payments/${payment.id}`, BASE, "baseUrl"]) expect(error.message).toContain(part);
  });

  test("PayConnect's own not_found keeps its message and does not blame baseUrl", async () => {
    const { pc } = client(() => errorReply(404, "not_found"));
    const error = await fail(pc.getPayment(payment.id));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain("not_found happened");
    expect(error.message).not.toContain("baseUrl");
  });
});

describe("the server's own explanation is kept", () => {
  const violations = [{ location: ["request", "body", "amount"], severity: "Error", code: "minimum", message: "Request body property amount must be >= 1" }];

  test("Prism's sl-violations header becomes `details`, and its messages join the error message", async () => {
    const { pc } = client(() => errorReply(422, "invalid_amount", { "sl-violations": JSON.stringify(violations) }));
    const error = await fail(pc.getPayment(payment.id));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).details).toEqual(violations);
    expect(error.message).toContain(violations[0]!.message);
    expect((error as UnprocessableEntityError).param).toBe("/amount");
  });

  test("a validation-problem body becomes `details`, with credentials removed", async () => {
    const body = { title: "Invalid request", status: 422, detail: `Authorization: Bearer ${TOKEN} is not allowed`, validation: violations };
    const { pc } = client(() => ({ status: 422, headers: { "content-type": "application/problem+json" }, body }));
    const error = (await fail(pc.getPayment(payment.id))) as UnprocessableEntityError;
    expect(error.details).toMatchObject({ title: body.title, validation: violations });
    expect(error.message).toContain("is not allowed");
    expect(JSON.stringify(error.details) + error.message).not.toContain(TOKEN);
  });

  test("an sl-violations header that quotes a credential is scrubbed on `details`, `message` and `headers`", async () => {
    const { pc } = client(() => errorReply(422, "invalid_amount", { "sl-violations": JSON.stringify([{ message: `header was Bearer ${TOKEN}` }]) }));
    const error = (await fail(pc.getPayment(payment.id))) as UnprocessableEntityError;
    expect(error.details).toEqual([{ message: expect.stringContaining("header was Bearer") }]);
    expect(JSON.stringify(error.details) + error.message + JSON.stringify(error.headers)).not.toContain(TOKEN);
  });
});

describe("RateLimitError.retryAfterSec", () => {
  const rateLimited = (retryAfter?: string): Reply => errorReply(429, "rate_limited", retryAfter === undefined ? {} : { "retry-after": retryAfter });

  test.each([
    ["7", 7],
    ["120", 120], // longer than the SDK waits by itself, still useful to the caller
    [undefined, undefined],
    ["soon", undefined],
    ["-1", undefined],
  ])("Retry-After %s → %s", async (header, expected) => {
    const { pc } = client(() => rateLimited(header), undefined, { maxRetries: 0 });
    const error = await fail(pc.getPayment(payment.id));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterSec).toBe(expected);
  });

  test("an HTTP date is counted from the client's clock", async () => {
    const api = fakeApi(() => rateLimited(new Date(fakeTime().now() + 30_000).toUTCString()));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 0 });
    const error = (await fail(pc.getPayment(payment.id))) as RateLimitError;
    expect(error.retryAfterSec).toBe(30);
  });
});

describe("idempotency advice only where it applies", () => {
  const hang = () => new Promise<never>(() => {});
  test.each([
    ["timeout", hang, TimeoutError],
    ["connection failure", () => new TypeError("fetch failed"), ConnectionError],
  ] as const)("a %s on a GET does not mention idempotency keys", async (_name, handler, Class) => {
    const { pc } = client(handler, undefined, { timeoutMs: 20, maxRetries: 0 });
    const error = await fail(pc.getPayment(payment.id));
    expect(error).toBeInstanceOf(Class);
    expect(error.message).not.toMatch(/idempoten/i);
  });

  test("a POST that was sent with an Idempotency-Key says which key to retry with", async () => {
    const { pc, api } = client(() => new TypeError("fetch failed"), undefined, { maxRetries: 0 });
    const error = await fail(pc.cancelPayment(payment.id));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain(api.apiRequests[0]!.headers["idempotency-key"]!);
  });
});

describe("an abort through `signal`", () => {
  test.each([
    ["while the request is in flight", () => new Promise<never>(() => {})],
    ["while the token is fetched", () => ({ status: 200, body: payment })],
  ])("rejects with the signal's own reason %s", async (name, handler) => {
    const stall = () => new Promise<never>(() => {});
    const { pc } = client(handler, name.includes("token") ? stall : undefined);
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    const call = pc.getPayment(payment.id, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 5);
    expect(await fail(call)).toBe(reason);
  });

  test("AbortSignal.timeout() rejects with its DOMException named TimeoutError, not the SDK's TimeoutError", async () => {
    const { pc } = client(() => new Promise<never>(() => {}));
    const error = await fail(pc.getPayment(payment.id, { signal: AbortSignal.timeout(10) }));
    expect(error.name).toBe("TimeoutError");
    expect(error).not.toBeInstanceOf(PayConnectError);
  });

  test("abort() without a reason rejects with a DOMException named AbortError, not a PayConnectError", async () => {
    const { pc } = client(() => new Promise<never>(() => {}));
    const error = await fail(pc.getPayment(payment.id, { signal: AbortSignal.abort() }));
    expect(error.name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(PayConnectError);
  });
});
