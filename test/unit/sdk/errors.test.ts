// The error hierarchy, the status → class factory, parsed fields, and no secret in any error path.
import { inspect } from "node:util";
import { describe, expect, expectTypeOf, test } from "vitest";
import * as sdk from "../../../src/entry/node.js";
import { SECRET, TOKEN, errorReply, fakeApi, fakeTime, payment, tokenReply } from "../../helpers/fake-api.ts";

const { createPayConnect, ApiError, PayConnectError } = sdk;

describe("status → error class", () => {
  test.each([
    [400, "BadRequestError"],
    [401, "AuthenticationError"],
    [403, "PermissionDeniedError"],
    [404, "NotFoundError"],
    [409, "ConflictError"],
    [422, "UnprocessableEntityError"],
    [429, "RateLimitError"],
    [500, "InternalServerError"],
    [503, "InternalServerError"],
    [418, "ApiError"],
  ] as const)("%i → %s with every field parsed", async (status, name) => {
    const api = fakeApi(() => errorReply(status, "invalid_amount", { "x-ratelimit-remaining": "7" }));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 0 });
    const error = (await pc.getPayment(payment.id).catch((e: unknown) => e)) as InstanceType<typeof ApiError>;
    expect(error).toBeInstanceOf(sdk[name]);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(error.name).toBe(name);
    expect(error).toMatchObject({
      status,
      code: "invalid_amount",
      param: "/amount",
      docsUrl: "https://docs.payconnect.com/errors#invalid_amount",
      requestId: `req_${status}`,
      explanation: "invalid_amount happened",
    });
    expect(error.headers["x-ratelimit-remaining"]).toBe("7");
    expect(error.message).toBe(`${status} invalid_amount: invalid_amount happened (request id req_${status})`);
  });

  test("a non-JSON error body still gives the right class", () => {
    const error = ApiError.generate(502, "<html>Bad gateway</html>", {});
    expect(error).toBeInstanceOf(sdk.InternalServerError);
    expect(error.code).toBe("unknown_error");
    // What the SDK could tell of it is the explanation, and the message is status, code and that.
    expect(error.explanation).toContain("502");
    expect(error.message).toBe(`502 unknown_error: ${error.explanation}`);
  });

  test("every class sets its own name", () => {
    const instances: [string, Error][] = [
      ["PayConnectError", new sdk.PayConnectError("x")],
      ["ValidationError", new sdk.ValidationError("createPayment", [])],
      ["ConnectionError", new sdk.ConnectionError("x", { cause: 1 })],
      ["TimeoutError", new sdk.TimeoutError("x", { cause: 1 })],
      ["WebhookVerificationError", new sdk.WebhookVerificationError("missing_header", "x")],
      ...([400, 401, 403, 404, 409, 422, 429, 500, 418] as const).map((status): [string, Error] => {
        const error = ApiError.generate(status, "", {});
        return [error.constructor.name, error];
      }),
    ];
    for (const [className, error] of instances) {
      expect(error.name, className).toBe(className);
      expect(error).toBeInstanceOf(PayConnectError);
      expect(String(error)).toMatch(new RegExp(`^${className}: `));
    }
    expect(new sdk.TimeoutError("x", { cause: 1 })).toBeInstanceOf(sdk.ConnectionError);
    expect(new sdk.TimeoutError("x", { cause: 1 }).name).toBe("TimeoutError");
    expect(new sdk.WebhookVerificationError("missing_header", "x").reason).toBe("missing_header");
  });
});

test("a ValidationError lists every issue, an issue on the whole body or query at its JSON pointer root `/`", () => {
  const error = new sdk.ValidationError("createPayment", [
    { location: "body", path: "", code: "invalid_request", message: "must be object" },
    { location: "query", path: "/limit", code: "invalid_request", message: "must be <= 100" },
  ]);
  expect(error.message).toContain("body/ must be object (invalid_request); query/limit must be <= 100 (invalid_request)");
  expect(error.issues).toHaveLength(2);
});

describe("secrets never appear in errors", () => {
  const paths: [string, Parameters<typeof fakeApi>[0], Parameters<typeof fakeApi>[1]?, object?][] = [
    ["API 4xx", () => errorReply(422, "invalid_amount")],
    ["API 5xx after retries", () => errorReply(503, "internal_error")],
    ["401 twice (refresh, then give up)", () => errorReply(401, "unauthorized")],
    ["token endpoint 401", () => ({ status: 200, body: payment }), () => errorReply(401, "unauthorized")],
    ["token endpoint 500", () => ({ status: 200, body: payment }), () => errorReply(500, "internal_error")],
    ["token endpoint returns garbage", () => ({ status: 200, body: payment }), () => ({ status: 200, body: { nope: true } })],
    ["connection error", () => new TypeError("fetch failed")],
    ["timeout", () => new Promise(() => {}), undefined, { timeoutMs: 20, maxRetries: 0 }],
  ];

  test.each(paths)("%s", async (_name, handler, tokens = () => tokenReply(), extra = {}) => {
    const api = fakeApi(handler, tokens);
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    const renderings = [String(error), (error as Error).message, (error as Error).stack ?? "", JSON.stringify(error), inspect(error, { depth: 10 })];
    for (const text of renderings) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
  });

  test("a validation error on createAccessToken does not echo the input", async () => {
    const api = fakeApi(() => ({ status: 200, body: payment }));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch });
    const error = await pc.createAccessToken({ scope: SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.ValidationError);
    expect(inspect(error, { depth: 10 }) + JSON.stringify(error)).not.toContain(SECRET);
  });

  test("option errors do not echo the secret key", () => {
    expect(() => createPayConnect({ secretKey: SECRET, baseUrl: "ftp://x" })).toThrow(/baseUrl/);
    try {
      createPayConnect({ secretKey: SECRET, maxRetries: -1 });
    } catch (error) {
      expect(inspect(error)).not.toContain(SECRET);
    }
  });
});

test("UnexpectedResponseError is named as its class and keeps the status, content type and request id of the answer", () => {
  const error = new sdk.UnexpectedResponseError("getPayment answered 200 with HTML", {
    status: 200, headers: { "content-type": "text/html", "x-request-id": "req_html_1" },
  });
  expect(error).toBeInstanceOf(PayConnectError);
  expect([error.name, error.status, error.contentType, error.requestId]).toEqual(["UnexpectedResponseError", 200, "text/html", "req_html_1"]);
});

test("ApiError.code is the spec's growable ErrorCode or the SDK's unknown_error (type-checked by tsc): both autocomplete, a newer code is kept as sent", () => {
  const newer = "a_code_newer_than_this_sdk";
  const error = ApiError.generate(400, JSON.stringify({ error: { code: newer, message: "m" } }), {});
  expectTypeOf(error.code).toEqualTypeOf<sdk.ErrorCode | "unknown_error">();
  // A listed literal, not only a string the growable type lets through: that is what an editor offers.
  expectTypeOf<Extract<typeof error.code, "unknown_error">>().toEqualTypeOf<"unknown_error">();
  expect(error.code).toBe(newer);
});
