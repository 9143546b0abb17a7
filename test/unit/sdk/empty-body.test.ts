// A 2xx with an empty body is an answer the SDK cannot use when the spec documents a JSON body for it (a
// proxy that swallowed the body, a truncated response): UnexpectedResponseError, not `undefined` passed
// off as a payment. Only a response the spec documents without content resolves to undefined.
import { expect, test } from "vitest";
import { type OperationInfo, operations } from "../../../generated/operations.js";
import { createClientFrom } from "../../../src/client/create-client.js";
import { UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { nodePlatform } from "../../../src/platform/node.js";
import { type JsonObject, deref, isObject, listOperations, loadSpec } from "../../../scripts/lib/spec.ts";
import { operationRows } from "../../../scripts/gen/operations.ts";
import { SECRET, fakeApi, fakeTime, tokenReply } from "../../helpers/fake-api.ts";
import { specPath } from "../../helpers/paths.ts";

const spec = loadSpec(specPath);

/** [operationId, 2xx status] for every 2xx the spec documents with content. */
const withContent = listOperations(spec).flatMap((op) =>
  Object.entries(isObject(op.operation.responses) ? op.operation.responses : {})
    .filter(([status, response]) => /^2\d\d$/.test(status) && isObject((deref(spec, response) as JsonObject).content))
    .map(([status]) => [op.operationId, Number(status)] as const),
);

function argsFor(operationId: string) {
  const row = operations[operationId as keyof typeof operations];
  return [...row.pathParams.map(() => "x_1"), ...(row.hasBody ? [{}] : []), ...(row.hasQuery ? [{}] : [])];
}

test("the spec documents some 2xx with content (else this test checks nothing)", () => {
  expect(withContent.length).toBeGreaterThan(0);
});

test.each(withContent)("%s: an empty %i is an UnexpectedResponseError", async (operationId, status) => {
  const empty = { status, raw: "" };
  // The token operation itself is answered by the token endpoint: then that is where the empty body comes from.
  const isTokenOperation = operations[operationId as keyof typeof operations].auth === "secretKey";
  const api = fakeApi(() => empty, () => (isTokenOperation ? empty : tokenReply()));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, validateRequests: false });
  const call = (pc as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[operationId]!;
  const error = await call(...argsFor(operationId)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnexpectedResponseError);
  expect((error as Error).message).toContain(String(status));
  expect((error as Error).message).toMatch(/empty/);
});

test("a response the spec documents without content resolves to undefined; an undocumented empty 2xx does not", async () => {
  const withDelete = structuredClone(spec) as JsonObject & { paths: JsonObject };
  withDelete.paths["/v1/things/{thing_id}"] = {
    delete: {
      operationId: "deleteThing",
      parameters: [{ name: "thing_id", in: "path", required: true, schema: { type: "string" } }],
      responses: { "204": { description: "Deleted." } },
    },
  };
  const rows = operationRows(withDelete) as unknown as Record<string, OperationInfo>;
  const api = fakeApi((_r, i) => (i === 0 ? { status: 204 } : { status: 200, raw: "" }));
  const time = fakeTime();
  const pc = createClientFrom({ operations: rows, requestValidators: {} }, nodePlatform, { secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep }) as unknown as Record<string, (id: string) => Promise<unknown>>;
  await expect(pc.deleteThing!("t_1")).resolves.toBeUndefined();
  await expect(pc.deleteThing!("t_1")).rejects.toBeInstanceOf(UnexpectedResponseError);
});
