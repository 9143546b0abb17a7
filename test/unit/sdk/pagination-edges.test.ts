// iterate() at its edges: which methods have it, a caller's own starting cursor handed back by the server,
// and a page that is not a page.
import { expect, test } from "vitest";
import { operations } from "../../../generated/operations.ts";
import { PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

function setup(handler: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(handler);
  const time = fakeTime();
  return { api, pc: createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep }) as unknown as Record<string, { iterate?: unknown }> };
}

test("iterate exists exactly on the operations the spec paginates", () => {
  const { pc } = setup(() => ({ status: 200, body: {} }));
  for (const [id, row] of Object.entries(operations)) expect(typeof pc[id]!.iterate, id).toBe(row.paginated ? "function" : "undefined");
});

const paginated = Object.entries(operations).find(([, row]) => row.paginated && row.pathParams.length === 0)![0];

test("a page ending with the caller's own starting_after (has_more true) stops after that one request", async () => {
  const { api, pc } = setup(() => ({ status: 200, body: { object: "list", data: [{ ...payment, id: payment.id }], has_more: true } }));
  const iterate = pc[paginated]!.iterate as (query: object) => AsyncIterable<unknown>;
  const error = await (async () => {
    for await (const _ of iterate({ starting_after: payment.id })) { /* drain */ }
  })().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PayConnectError);
  expect((error as Error).message).toMatch(/already used as starting_after/);
  expect(api.apiRequests).toHaveLength(1);
});

test("a query whose values are all left out sends no query string at all", async () => {
  const { api, pc } = setup(() => ({ status: 200, body: { object: "list", data: [], has_more: false } }));
  const query = Object.fromEntries(operations[paginated as keyof typeof operations].queryParams.map((name) => [name, undefined]));
  await (pc[paginated] as unknown as (q: object) => Promise<unknown>)(query);
  expect(api.apiRequests[0]!.path).toBe(operations[paginated as keyof typeof operations].path);
});

test("a 2xx that is not JSON is reported with the method's name, HTTP method and path", async () => {
  const { pc } = setup(() => ({ status: 200, raw: "<html>maintenance</html>", headers: { "content-type": "text/html" } }));
  const row = operations[paginated as keyof typeof operations];
  const error = await (pc[paginated] as unknown as (q: object) => Promise<unknown>)({}).catch((e: unknown) => e);
  expect((error as Error).message).toContain(`${paginated} (${row.method.toUpperCase()} ${row.path}) answered 200`);
});
