// What an error response says, read through ApiError.generate (the factory every 4xx/5xx goes through): which
// parts of the envelope, Prism's sl-violations header and a problem+json body are kept, and when an answer is
// described as a redirect. Written against mutants a Stryker run of src/ left alive.
import { describe, expect, test } from "vitest";
import { ApiError, RateLimitError } from "../../../src/entry/node.js";

const context = { operation: "getPayment", method: "GET", path: "/v1/payments/pay_1", baseUrl: "https://pc.example.test" };
const envelope = (error: Record<string, unknown>) => JSON.stringify({ error });
const violations = (list: unknown) => ({ "sl-violations": JSON.stringify(list) });

describe("Prism's sl-violations header", () => {
  test("every violation message joins the error message, in order, each once; entries without a message are skipped", () => {
    const list = [{ message: "amount must be >= 1" }, { code: "no-message" }, "not an object", { message: 7 }, { message: "currency is required" }];
    const error = ApiError.generate(422, envelope({ code: "invalid_amount", message: "Invalid amount" }), violations(list));
    expect(error.message.endsWith("Invalid amount (amount must be >= 1; currency is required)")).toBe(true);
    expect(error.details).toEqual(list);
  });

  test.each([
    ["an object rather than a list", JSON.stringify({ message: "not a list" }), { message: "not a list" }],
    ["not JSON", "amount must be >= 1", undefined],
  ])("a header that is %s adds nothing to the message", (_name, header, details) => {
    const error = ApiError.generate(422, envelope({ code: "invalid_amount", message: "Invalid amount" }), { "sl-violations": header });
    expect(error.message.endsWith(": Invalid amount")).toBe(true);
    expect(error.details).toEqual(details);
  });
});

test("no sl-violations header, or one that is not a list: the message is the envelope's own", () => {
  for (const headers of [{}, { "sl-violations": '{"message":"not a list"}' }, { "sl-violations": "not json" }] as Record<string, string>[]) {
    const error = ApiError.generate(422, envelope({ code: "invalid_amount", message: "Invalid amount" }), headers);
    expect(error.message, JSON.stringify(headers)).toBe("422 invalid_amount: Invalid amount");
  }
});

describe("the PayConnect envelope", () => {
  test("fields of the wrong type are left out, not passed on: the code falls back to unknown_error", () => {
    const error = ApiError.generate(422, envelope({ code: 42, message: 7, param: 1, docs_url: false }), {});
    expect(error).toMatchObject({ code: "unknown_error", param: undefined, docsUrl: undefined });
    expect(error.message).toBe("422 unknown_error: HTTP 422");
  });

  test("an ApiError built without a body or message says the status", () => {
    expect(new ApiError(418, undefined, {}).message).toBe("418 unknown_error: HTTP 418");
  });
});

describe("an answer without the envelope", () => {
  test("a problem+json body with only a title is explained by the title", () => {
    const error = ApiError.generate(404, JSON.stringify({ title: "No such route" }), {}, context);
    expect(error.message).toContain(": No such route.");
    expect(error.details).toEqual({ title: "No such route" });
  });

  test("a JSON list is not a problem body: no details", () => {
    expect(ApiError.generate(500, "[1,2]", {}).details).toBeUndefined();
  });

  test("a JSON null body, an `error: null` and a null violation are no envelope either: named by the call, no TypeError", () => {
    for (const [body, headers] of [["null", {}], [JSON.stringify({ error: null }), {}], ["{}", violations([null])]] as const) {
      const error = ApiError.generate(400, body, headers, context);
      expect(error.code).toBe("unknown_error");
      expect(error.message).toContain(`got HTTP 400 from ${context.baseUrl}`);
    }
  });

  test("an `error` that is a list is no envelope: the answer is named by its call, not read as PayConnect's", () => {
    const error = ApiError.generate(400, JSON.stringify({ error: [{ code: "invalid_amount" }] }), {}, context);
    expect(error.code).toBe("unknown_error");
    expect(error.message).toContain(`got HTTP 400 from ${context.baseUrl}`);
  });

  test("without the call's context the status alone names it", () => {
    expect(ApiError.generate(502, "<html>Bad gateway</html>", {}).message).toBe("502 unknown_error: HTTP 502 without a PayConnect error body.");
  });
});

describe("redirects are 3xx answers with a Location", () => {
  const location = { location: "https://elsewhere.example/v1/payments?token=x" };
  test.each([300, 399])("%i with a Location names the host it pointed to", (status) => {
    const error = ApiError.generate(status, "", location, context);
    expect(error.message).toContain("a redirect to elsewhere.example;");
    expect(error.message).not.toContain("token=x");
  });

  test.each([[299, location], [400, location], [302, {}]])("%i (Location: %j) is not described as a redirect", (status, headers) => {
    expect(ApiError.generate(status, "", headers, context).message).not.toMatch(/redirect/);
  });

  test("without the call's context a redirect still names only the host", () => {
    const error = ApiError.generate(302, "", location);
    expect(error.message).toContain("a redirect to elsewhere.example;");
    expect(error.message).not.toContain("token=x");
  });

  test("a Location that is not a URL is called invalid, not quoted", () => {
    const error = ApiError.generate(302, "", { location: "http://[not a host" }, context);
    expect(error.message).toContain("a redirect to an invalid Location;");
    expect(error.message).not.toContain("not a host");
  });
});

test("RateLimitError rounds a partial second of Retry-After up: waiting less would be rate limited again", () => {
  const now = Date.parse("2026-11-29T12:00:00.500Z");
  const retryAt = new Date(Date.parse("2026-11-29T12:00:30Z")).toUTCString();
  expect(new RateLimitError(429, undefined, { "retry-after": retryAt }, undefined, now).retryAfterSec).toBe(30);
});
