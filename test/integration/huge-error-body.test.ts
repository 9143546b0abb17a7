// An error answer near the response size limit whose body is one huge JSON document (millions of tiny values, a
// hostile server's or a misrouted proxy's): the call ends with its ApiError, whose `details` keep at most
// MAX_COPIED_VALUES values — the SDK never deep-copies (to scrub) the whole parsed body, which blocked the event
// loop for tens of seconds. Over real sockets, node:http transport.
import { expect, test } from "vitest";
import { ApiError, createPayConnect } from "../../src/entry/node.js";
import { MAX_RESPONSE_BYTES } from "../../src/transport/limits.js";
import { MAX_COPIED_STRING, MAX_COPIED_VALUES, MAX_DEPTH } from "../../src/transport/scrub-error.js";
import { SECRET, payment } from "../helpers/fake-api.ts";
import { useFaultServer } from "../helpers/use-fault-server.ts";

const server = useFaultServer();

/** How many values (objects, arrays, primitives) a JSON value holds, itself included. */
const count = (value: unknown): number =>
  typeof value === "object" && value !== null ? 1 + Object.values(value).reduce<number>((n, v) => n + count(v), 0) : 1;

test.each([
  ["a list of empty lists", (n: number) => `{"title":"bad","errors":[${"[],".repeat(n)}[]]}`],
  ["an object of many keys", (n: number) => `{"title":"bad","o":{${Array.from({ length: n }, (_, i) => `"k${String(i).padStart(8, "0")}":1`).join(",")}}}`],
])("a 400 problem body of %s near the size limit ends the call with details cut to the budget", async (_name, make) => {
  let body = make(1000);
  const per = body.length / 1000;
  body = make(Math.floor((MAX_RESPONSE_BYTES * 0.9) / per));
  expect(body.length).toBeLessThan(MAX_RESPONSE_BYTES);
  server.faults.push({ kind: "raw", status: 400, headers: { "content-type": "application/problem+json" }, body: Buffer.from(body) });
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 0 });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  pc.close();
  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({ status: 400 });
  expect(count((error as ApiError).details)).toBeLessThanOrEqual(MAX_COPIED_VALUES + MAX_DEPTH);
}, 30_000);

test("a 400 whose error message is most of the size limit: the error's message is cut, saying how much went", async () => {
  const words = Array.from({ length: Math.floor((MAX_RESPONSE_BYTES * 0.8) / 12) }, (_, i) => `w${String(i).padStart(10, "0")}`).join(" ");
  server.faults.push({ kind: "raw", status: 400, headers: { "content-type": "application/json" }, body: Buffer.from(JSON.stringify({ error: { code: "invalid_amount", message: words } })) });
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 0 });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  pc.close();
  expect(error).toBeInstanceOf(ApiError);
  const message = (error as ApiError).message;
  expect(message.length).toBeLessThan(MAX_COPIED_STRING + 40);
  expect(message).toMatch(/…\[\+\d+ chars\]$/);
  expect(Number(/\[\+(\d+) chars\]$/.exec(message)![1])).toBeGreaterThan(words.length - MAX_COPIED_STRING);
}, 30_000);
