// A new operation in openapi.yaml without a contract case turns CI red, naming it.
import { expect, test } from "vitest";
import { listOperations } from "../../scripts/lib/spec.ts";
import { contractCases } from "./cases.ts";
import { spec } from "./spec-responses.ts";

test("every operation in openapi.yaml has a contract case, and every case an operation", () => {
  const operations = listOperations(spec).map((op) => op.operationId);
  const missing = operations.filter((id) => !(id in contractCases));
  const stale = Object.keys(contractCases).filter((id) => !operations.includes(id));
  expect(missing, `add a case for ${missing.join(", ")} to test/contract/cases.ts`).toEqual([]);
  expect(stale, `remove ${stale.join(", ")} from test/contract/cases.ts: not in the spec`).toEqual([]);
});
