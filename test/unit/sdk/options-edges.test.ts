// The accepted side of every createPayConnect option check (the smallest allowed value, the defaults), next
// to the first refused value: the rest of the suite refuses values far from the edge. Written against the
// mutants a Stryker run left alive.
import { describe, expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { MAX_TIMEOUT_MS } from "../../../src/client/options.js";
import { SECRET, type Reply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

const ok = (): Reply => ({ status: 200, body: payment });
const make = (extra: Record<string, unknown>, api = fakeApi(ok)) => {
  const time = fakeTime();
  return { api, pc: createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra } as never) };
};
const refused = (extra: Record<string, unknown>) => {
  try {
    make(extra);
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("createPayConnect accepts the edge values", () => {
  test.each([
    ["maxRetries 0", { maxRetries: 0 }],
    ["tokenRefreshMarginSec 0", { tokenRefreshMarginSec: 0 }],
    ["timeoutMs 1", { timeoutMs: 1 }],
    ["timeoutMs 2³¹ − 1", { timeoutMs: MAX_TIMEOUT_MS }],
    ["one scope", { scope: ["payments.read"] }],
    ["an http:// baseUrl (a local mock)", { baseUrl: "http://127.0.0.1:4010" }],
  ])("%s", async (_name, extra) => {
    const { pc, api } = make(extra);
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
    expect(api.apiRequests).toHaveLength(1);
  });

  test("maxRetries 0 really means one attempt; 1 means two", async () => {
    for (const maxRetries of [0, 1]) {
      const api = fakeApi(() => new TypeError("fetch failed"));
      await expect(make({ maxRetries }, api).pc.getPayment(payment.id)).rejects.toBeInstanceOf(PayConnectError);
      expect(api.apiRequests).toHaveLength(maxRetries + 1);
    }
  });

  test("the default baseUrl is the production API, and trailing slashes of any baseUrl are dropped", async () => {
    const seen: string[] = [];
    const api = fakeApi(ok);
    const fetch = (input: string | URL | Request, init?: RequestInit) => {
      seen.push(String(input));
      return api.fetch(input, init);
    };
    await make({ fetch }).pc.getPayment(payment.id);
    expect(new URL(seen[0]!).origin).toBe("https://api.payconnect.com");
    seen.length = 0;
    await make({ fetch, baseUrl: "https://proxy.example/pc///" }).pc.getPayment(payment.id);
    expect(seen.every((url) => url.startsWith("https://proxy.example/pc/v1/"))).toBe(true);
  });

  test("the scope is sent space-separated, in order", async () => {
    const { pc, api } = make({ scope: ["payments.write", "payments.read"] });
    await pc.getPayment(payment.id);
    expect(JSON.parse(api.tokenRequests[0]!.body!)).toEqual({ scope: "payments.write payments.read" });
  });
});

describe("createPayConnect refuses the first value past each edge", () => {
  test.each([
    ["maxRetries -1", { maxRetries: -1 }, /maxRetries/],
    ["maxRetries NaN", { maxRetries: Number.NaN }, /maxRetries/],
    ["maxRetries Infinity", { maxRetries: Number.POSITIVE_INFINITY }, /maxRetries/],
    ["maxRetries as a string", { maxRetries: "2" }, /maxRetries/],
    ["tokenRefreshMarginSec -0.001", { tokenRefreshMarginSec: -0.001 }, /tokenRefreshMarginSec/],
    ["timeoutMs 0.5", { timeoutMs: 0.5 }, /timeoutMs/],
    ["timeoutMs 2³¹", { timeoutMs: MAX_TIMEOUT_MS + 1 }, /timeoutMs/],
    ["a scope with a space", { scope: ["payments.read payments.write"] }, /scope/],
    ["an empty scope name", { scope: ["payments.read", ""] }, /scope/],
    ["a scope that is not a string", { scope: ["payments.read", 7] }, /scope/],
    ["a scope string instead of an array", { scope: "payments.read" }, /scope/],
    ["a fetch that is not a function", { fetch: "https://api.payconnect.com" }, /fetch/],
    ["a blank secretKey", { secretKey: "   " }, /secretKey/],
    ["a secretKey that is not a string", { secretKey: 42 }, /secretKey/],
    ["a baseUrl with another protocol", { baseUrl: "ws://api.payconnect.com" }, /baseUrl/],
  ])("%s", (_name, extra, message) => {
    const error = refused(extra);
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toMatch(/^createPayConnect: /);
    expect((error as Error).message).toMatch(message);
  });

  test.each([null, undefined, "sk_test_x"])("options %j are refused with a hint", (options) => {
    expect(() => createPayConnect(options as never)).toThrow(PayConnectError);
  });
});
