// What comes back: a 2xx that is not JSON is a PayConnectError saying what arrived (credentials scrubbed),
// and iterate() stops with an error when the server's cursor does not move.
import { describe, expect, test } from "vitest";
import { ApiError, BadRequestError, InternalServerError, PayConnectError, UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, TOKEN, type Reply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

function setup(handler: (i: number) => Reply) {
  const api = fakeApi((_r, i) => handler(i));
  const time = fakeTime();
  return { api, pc: createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep }) };
}

describe("status edges", () => {
  // [status, what the call gives, attempts with the default maxRetries of 2]
  test.each<[number, "body" | typeof ApiError, number]>([
    [200, "body", 1],
    [299, "body", 1],
    [300, ApiError, 1],
    [399, ApiError, 1],
    [400, BadRequestError, 1],
    [499, ApiError, 1],
    [500, InternalServerError, 3],
    [599, InternalServerError, 3],
  ])("%i", async (status, expected, attempts) => {
    const { api, pc } = setup(() => ({ status, body: status < 300 ? payment : { error: { code: "internal_error", message: "x" } } }));
    const result = await pc.getPayment(payment.id).catch((e: unknown) => e);
    if (expected === "body") expect(result).toEqual(payment);
    else {
      expect(result).toBeInstanceOf(expected);
      expect(result).toMatchObject({ status });
    }
    expect(api.apiRequests).toHaveLength(attempts);
  });
});

describe("a 2xx body that is not JSON", () => {
  test("is an UnexpectedResponseError naming status, content type and the first bytes", async () => {
    const html = `<html><body>Maintenance. Debug: Authorization: Bearer ${TOKEN}; key ${SECRET}</body></html>${"x".repeat(5000)}`;
    const { pc } = setup(() => ({ status: 200, raw: html, headers: { "content-type": "text/html; charset=utf-8" } }));
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toBeInstanceOf(PayConnectError);
    const message = (error as Error).message;
    expect(message).toContain("200");
    expect(message).toContain("text/html");
    expect(message).toContain("<html><body>Maintenance");
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain(SECRET);
    expect(message.length).toBeLessThan(1000); // the first bytes, not the whole page
    expect(error).toMatchObject({ status: 200, contentType: "text/html; charset=utf-8" });
  });

  test("truncated JSON is one too", async () => {
    const { pc } = setup(() => ({ status: 200, raw: '{"id":"pay_1",' }));
    await expect(pc.getPayment(payment.id)).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe("iterate() with a cursor that does not move", () => {
  test("a server repeating the last id with has_more: true ends in a clear error, not a loop", async () => {
    const { api, pc } = setup(() => ({ status: 200, body: { object: "list", data: [payment], has_more: true } }));
    let seen = 0;
    const error = await (async () => {
      for await (const _ of pc.listPayments.iterate({ limit: 1 })) if (++seen > 20) break;
    })().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toMatch(/starting_after/);
    expect(api.apiRequests.length).toBeLessThanOrEqual(2);
  });

  test("a cursor that comes back after other pages is caught too", async () => {
    const ids = ["pay_a", "pay_b", "pay_a"];
    const { pc } = setup((i) => ({ status: 200, body: { object: "list", data: [{ ...payment, id: ids[i % 3] }], has_more: true } }));
    let seen = 0;
    const error = await (async () => {
      for await (const _ of pc.listPayments.iterate()) if (++seen > 20) break;
    })().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
  });
});

// A page is an object with a `data` list (the spec requires it): anything else is a broken answer, said as such —
// not characters yielded one by one, a bare TypeError, or an iteration that ends as if there were no more.
describe("iterate() over a page that is not an object with a data list", () => {
  test.each([
    ["data is a string", { object: "list", data: "pay_1", has_more: false }],
    ["data is an object", { object: "list", data: { id: "pay_1" }, has_more: false }],
    ["data is a number", { object: "list", data: 1, has_more: true }],
    ["there is no data", { object: "list", has_more: true }],
    ["the page is a list", [payment]],
    ["the page is a string", "pay_1,pay_2"],
    ["the page is null", null],
    ["the items are under another name", { items: [payment], has_more: true }],
  ])("%s: an UnexpectedResponseError naming the operation, nothing yielded", async (_what, body) => {
    const { pc } = setup(() => ({ status: 200, body }));
    const yielded: unknown[] = [];
    const error = await (async () => {
      for await (const item of pc.listPayments.iterate()) yielded.push(item);
    })().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/^listPayments\.iterate\(\): .*`data` array/);
    expect(yielded).toEqual([]);
  });
});

describe("iterate() edges", () => {
  test("the caller's own starting_after counts as followed: a server that hands it back is caught on the first page", async () => {
    const start = "pay_start";
    const { api, pc } = setup(() => ({ status: 200, body: { object: "list", data: [{ ...payment, id: start }], has_more: true } }));
    let seen = 0;
    const error = await (async () => {
      for await (const _ of pc.listPayments.iterate({ starting_after: start })) if (++seen > 20) break;
    })().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(api.apiRequests).toHaveLength(1);
  });
});
