// A `fetch` you pass (a proxy agent, an instrumented or retrying fetch) may throw anything: an Error that
// carries the request as a plain object, a Headers object, an AggregateError, a cause chain of any depth,
// a non-Error cause, a cycle. The SDK's error never exposes any of it unscrubbed, at any depth.
import { inspect } from "node:util";
import { expect, test } from "vitest";
import { ConnectionError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, fakeTime, payment } from "../../helpers/fake-api.ts";
import { everythingShown } from "../../helpers/shown.ts";

type Init = { headers: Record<string, string> };
const auth = (init: Init) => init.headers.authorization!;

const throwers: [string, (url: string, init: Init) => unknown][] = [
  ["an Error with the request as a plain object", (url, init) => Object.assign(new Error("request failed"), { request: { url, headers: init.headers } })],
  ["an Error with a Headers object", (_url, init) => Object.assign(new Error("request failed"), { headers: new Headers(init.headers) })],
  ["an AggregateError with the key in .errors", (_url, init) => new AggregateError([new Error(`connect failed, sent ${auth(init)}`)], "all attempts failed")],
  ["a cause chain 12 deep", (_url, init) => {
    let e = new Error(`auth ${auth(init)}`);
    for (let i = 0; i < 12; i++) e = new Error(`wrap ${i}`, { cause: e });
    return e;
  }],
  ["a plain object 12 deep", (_url, init) => {
    let o: object = { authorization: auth(init) };
    for (let i = 0; i < 12; i++) o = { inner: o };
    return Object.assign(new Error("request failed"), { detail: o });
  }],
  ["a non-Error object as cause", (_url, init) => new Error("x", { cause: { headers: init.headers } })],
  ["a cycle", (_url, init) => {
    const e = Object.assign(new Error("loop"), { sent: auth(init) }) as Error & { self?: unknown };
    e.self = e;
    return new Error("outer", { cause: e });
  }],
  ["a thrown plain object", (_url, init) => ({ message: "failed", headers: init.headers })],
  ["a key as the property name", (_url, init) => Object.assign(new Error("x"), { [auth(init)]: true })],
];

test.each(throwers)("%s: the ConnectionError shows nothing of the key", async (_name, make) => {
  const time = fakeTime();
  const pc = createPayConnect({
    secretKey: SECRET,
    maxRetries: 0,
    now: time.now,
    sleep: time.sleep,
    fetch: (async (url: string, init: Init) => {
      throw make(url, init);
    }) as unknown as typeof fetch,
  });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectionError);
  const shown = everythingShown(error);
  expect(shown).not.toContain(SECRET);
  expect(shown).not.toContain(SECRET.slice(8));
});

test("what explains the failure survives: message, name, class and code of the cause", async () => {
  const time = fakeTime();
  const cause = Object.assign(new TypeError(`fetch failed for ${SECRET}`), { code: "ECONNREFUSED", errno: -111 });
  const pc = createPayConnect({
    secretKey: SECRET, maxRetries: 0, now: time.now, sleep: time.sleep,
    fetch: async () => {
      throw cause;
    },
  });
  const error = (await pc.getPayment(payment.id).catch((e: unknown) => e)) as ConnectionError;
  expect(error.cause).toBeInstanceOf(TypeError);
  expect(error.cause).toMatchObject({ name: "TypeError", code: "ECONNREFUSED", errno: -111, message: "fetch failed for [redacted]" });
  expect(inspect(error)).toContain("ECONNREFUSED");
  expect(cause.message).toContain(SECRET); // the caller's own object is left as it was
});
