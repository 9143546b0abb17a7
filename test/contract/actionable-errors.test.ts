// Against Prism serving the spec: what a merchant sees on their first day. A baseUrl without the right
// path prefix gets Prism's "no path matched" 404, which must name the call and baseUrl; a request Prism
// rejects keeps Prism's own explanation (sl-violations) on the error.
import { expect, inject, test } from "vitest";
import { type JsonObject, deref, listOperations, loadSpec } from "../../scripts/lib/spec.ts";
import { NotFoundError, UnprocessableEntityError, createPayConnect } from "../../src/entry/node.js";
import { specPath } from "../helpers/paths.ts";

const baseUrl = inject("prismUrl");
const spec = loadSpec(specPath);
const create = listOperations(spec).find((op) => op.operationId === "createPayment")!;
const example = Object.values(
  ((deref(spec, create.operation.requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject).examples as JsonObject,
).map((e) => (deref(spec, e as JsonObject) as JsonObject).value as JsonObject)[0]!;

test("a baseUrl with a wrong path prefix fails with a NotFoundError that names the call and baseUrl", async () => {
  const wrong = `${baseUrl}/payconnect`;
  const pc = createPayConnect({ secretKey: "sk_test_contract", baseUrl: wrong, maxRetries: 0 });
  const error = (await pc.getPayment("pay_1").catch((e: unknown) => e)) as NotFoundError;
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error.message).toContain(wrong);
  expect(error.message).toContain("baseUrl");
  expect(error.details).toMatchObject({ detail: expect.stringContaining("/payconnect/") });
});

test("Prism's violations are kept on the error as `details` and in its message", async () => {
  const pc = createPayConnect({ secretKey: "sk_test_contract", baseUrl, validateRequests: false, maxRetries: 0 });
  const error = (await pc.createPayment({ ...example, amount: 0 } as never).catch((e: unknown) => e)) as UnprocessableEntityError;
  expect(error).toBeInstanceOf(UnprocessableEntityError);
  expect(Array.isArray(error.details)).toBe(true);
  const said = (error.details as { message: string }[]).map((v) => v.message);
  expect(said.length).toBeGreaterThan(0);
  for (const message of said) expect(error.message).toContain(message);
});
