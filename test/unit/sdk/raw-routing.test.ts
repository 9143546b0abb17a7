// How pc.raw finds the operation a request is for (its credential, whether it takes an Idempotency-Key) and
// what it hands back. Driven through createRawClient with an operation table of its own and a core that
// records what it is asked to send, so each rule is shown on a path built for it. Written against mutants a
// Stryker run of src/ left alive.
import { describe, expect, test } from "vitest";
import type { OperationInfo } from "../../../generated/operations.js";
import { ValidationError } from "../../../src/entry/node.js";
import { createRawClient } from "../../../src/client/raw.js";
import type { Core, CoreRequest, SendOptions } from "../../../src/transport/core.js";

const row = (method: OperationInfo["method"], path: string, extra: Partial<OperationInfo> = {}): OperationInfo => ({
  method, path, pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!), queryParams: [], hasBody: method === "post",
  bodyRequired: false, hasQuery: false, idempotent: false, auth: "accessToken", paginated: false, noContent: [], ...extra,
});
const table = {
  cancelItem: row("post", "/v1/items/{item_id}/cancel", { idempotent: true }),
  dotted: row("post", "/v1/a.b", { idempotent: true }),
  token: row("post", "/v1/token", { auth: "secretKey" }),
};

type Answer = { status: number; headers: Record<string, string>; body: string };
const jsonAnswer: Answer = { status: 200, headers: { "content-type": "application/json" }, body: "{}" };

function setup(baseUrl = "https://api.example.test", answer = jsonAnswer) {
  const sent: { request: CoreRequest; options: SendOptions }[] = [];
  const core = {
    send: async (request: CoreRequest, options: SendOptions) => {
      sent.push({ request, options });
      return answer;
    },
    redact: <T>(error: T) => error,
    scrub: (text: string) => text,
  } as unknown as Core;
  const raw = createRawClient<any>(table, core, baseUrl, { accept: "application/json" }, () => "generated-key");
  return { raw: raw as any, sent };
}

describe("the operation of a request", () => {
  test("a {parameter} stands for exactly one path segment", async () => {
    const { raw, sent } = setup();
    await raw.POST("/v1/items/{item_id}/cancel", { params: { path: { item_id: "it_1" } } });
    await raw.POST("/v1/items/it_1/extra/cancel", {});
    expect(sent.map((s) => s.request.headers["idempotency-key"])).toEqual(["generated-key", undefined]);
  });

  test("the rest of a path is matched literally: a dot is a dot", async () => {
    const { raw, sent } = setup();
    await raw.POST("/v1/a.b", {});
    await raw.POST("/v1/aXb", {});
    expect(sent.map((s) => s.request.headers["idempotency-key"])).toEqual(["generated-key", undefined]);
  });

  test("under a baseUrl with a path, operations are matched after it", async () => {
    const { raw, sent } = setup("https://gateway.example.test/payconnect");
    await raw.POST("/v1/token", {});
    await raw.POST("/v1/items/{item_id}/cancel", { params: { path: { item_id: "it_1" } } });
    expect(sent.map((s) => s.request.url)).toEqual(["https://gateway.example.test/payconnect/v1/token", "https://gateway.example.test/payconnect/v1/items/it_1/cancel"]);
    expect(sent.map((s) => s.options.auth)).toEqual(["secretKey", "accessToken"]);
    expect(sent[1]!.request.headers["idempotency-key"]).toBe("generated-key");
  });

  test("a path the table does not know is sent with the access token, the API's usual credential", async () => {
    const { raw, sent } = setup();
    await raw.GET("/v1/not-in-the-spec");
    expect(sent[0]!.options.auth).toBe("accessToken");
    expect(sent[0]!.request.body).toBeUndefined();
  });
});

describe("what comes back", () => {
  test.each([204, 205, 304])("a %i comes back with its status and no body", async (status) => {
    const { raw } = setup(undefined, { status, headers: {}, body: "" });
    const { response, data } = await raw.POST("/v1/token", {});
    expect(response.status).toBe(status);
    expect(data).toBeUndefined();
  });
});

describe("two spellings of one header", () => {
  const conflicting = { headers: { "X-Trace": "a", "x-trace": "b" } };
  test("are refused by the method helpers, naming the call", async () => {
    const { raw, sent } = setup();
    const error = await raw.POST("/v1/token", conflicting).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^pc\.raw POST \/v1\/token: /);
    expect(sent).toHaveLength(0);
  });

  test("and by request(), naming the call", async () => {
    const { raw, sent } = setup();
    const error = await raw.request("post", "/v1/token", conflicting).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^pc\.raw post \/v1\/token: /);
    expect(sent).toHaveLength(0);
  });
});

test("a signal that is no AbortSignal is refused at /signal, naming what it takes; nothing is sent", async () => {
  for (const signal of ["x", 1, {}, new AbortController()]) {
    const { raw, sent } = setup();
    const error = await raw.GET("/v1/items/{item_id}/cancel", { params: { path: { item_id: "i" } }, signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ location: "options", path: "/signal", message: expect.stringContaining("AbortSignal") })]);
    expect(sent).toEqual([]);
  }
  const { raw, sent } = setup();
  await raw.GET("/v1/items/{item_id}/cancel", { params: { path: { item_id: "i" } }, signal: new AbortController().signal });
  expect(sent).toHaveLength(1);
});
