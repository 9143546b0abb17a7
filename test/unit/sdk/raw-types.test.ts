// pc.raw's response types are usable as the methods' are: openapi-fetch's Readable<> maps every object type, and
// the open member of a growable enum (`string & {}`) is one to it, so a status came back as an object type that no
// string accepts. What pc.raw returns for an operation must be assignable to what its method returns.
import { expect, expectTypeOf, test } from "vitest";
import { createPayConnect } from "../../../src/entry/node.js";
import { SECRET, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

test("raw data is assignable to the method's result, and its error code to string", async () => {
  const time = fakeTime();
  const api = fakeApi((request) => (request.path.includes("missing") ? errorReply(404, "not_found") : { status: 200, body: payment }));
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
  const found = await pc.raw.GET("/v1/payments/{payment_id}", { params: { path: { payment_id: payment.id } } });
  const missing = await pc.raw.GET("/v1/payments/{payment_id}", { params: { path: { payment_id: "pay_missing" } } });
  expectTypeOf<NonNullable<typeof found.data>>().toExtend<Awaited<ReturnType<typeof pc.getPayment>>>();
  expectTypeOf<NonNullable<typeof missing.error>["error"]["code"]>().toExtend<string>();
  // And at run time the same values a method gets.
  expect(found.data).toEqual(await pc.getPayment(payment.id));
  expect(typeof missing.error?.error.code).toBe("string");
});
