// The sandbox serves every operation of the spec: a new operation without a handler fails here, and every
// error code the sandbox can answer with is one the spec documents with a status.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { operations } from "../../generated/operations.ts";
import { enums, errorStatus } from "../../generated/server-table.ts";
import { STATUSES } from "../../packages/sandbox/src/api/lifecycle.ts";
import { handlers } from "../../packages/sandbox/src/api/handlers.ts";
import { root } from "../helpers/paths.ts";

test("every operation of openapi.yaml has a sandbox handler, and every handler an operation", () => {
  expect(Object.keys(handlers).sort()).toEqual(Object.keys(operations).sort());
});

test("every error code the sandbox's source uses is documented with a status in the spec", () => {
  const dir = join(root, "packages/sandbox/src");
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
  const used = new Set<string>();
  for (const f of files) for (const m of readFileSync(join(dir, f), "utf8").matchAll(/new ApiFailure\(\s*"([a-z_]+)"/g)) used.add(m[1]!);
  used.add("not_found"); // notFound()
  expect(used.size).toBeGreaterThan(5);
  expect([...used].filter((code) => errorStatus[code] === undefined)).toEqual([]);
});

test("every status the sandbox's lifecycle produces is one the spec lists", () => {
  expect(STATUSES.filter((status) => !enums.PaymentStatus!.includes(status))).toEqual([]);
});
