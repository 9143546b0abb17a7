// Adding an operation to the spec adds a typed SDK method with no hand-written change: generate from a
// fixture copy of openapi.yaml with one extra operation, type-check a call, and make it over HTTP.
import { spawnSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createClientFrom } from "../../src/client/create-client.js";
import { nodePlatform } from "../../src/platform/node.js";
import { root, specPath, runBundled } from "../helpers/paths.ts";

const work = join(root, "test/.work/new-operation");

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const spec = parse(readFileSync(specPath, "utf8"));
  const extra = parse(readFileSync(join(root, "test/fixtures/extra-operation.yaml"), "utf8"));
  Object.assign(spec.paths, extra.paths);
  Object.assign(spec.components.schemas, extra.components.schemas);
  writeFileSync(join(work, "openapi.yaml"), stringify(spec));
  const gen = spawnSync(process.execPath, [runBundled, "scripts/generate.ts", "--spec", join(work, "openapi.yaml"), "--out", join(work, "generated")], {
    cwd: root,
    encoding: "utf8",
  });
  expect(gen.status, gen.stderr).toBe(0);
  expect(gen.stdout).toContain("getBalance");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

test("the new method type-checks, and misuse does not", () => {
  writeFileSync(
    join(work, "usage.ts"),
    `import { createClientFrom } from "../../../src/client/create-client.js";
import { nodePlatform } from "../../../src/platform/node.js";
import { operations } from "./generated/operations.js";
import { requestValidators } from "./generated/validators.js";
import type { operations as Ops, paths } from "./generated/schema.js";
import type { Methods } from "../../../src/client/types.js";
import type { OperationPathArgs } from "./generated/operations.js";
import type { Balance } from "./generated/models.js";

const pc = createClientFrom<typeof operations, Ops, paths>({ operations, requestValidators }, nodePlatform, { secretKey: "sk_test" });
export const balance: Promise<{ available: number; currency: string }> = pc.getBalance({ currency: "RUB" });
// The generated signatures and named types cover the new operation and its new schema too.
declare const documented: Methods<typeof operations, Ops, OperationPathArgs>;
export const named: Promise<Balance> = documented.getBalance({ currency: "RUB" });
// @ts-expect-error — the query is required (currency is a required parameter)
pc.getBalance();
// @ts-expect-error — available is a number, not a string
export const wrong: Promise<{ available: string }> = pc.getBalance({ currency: "RUB" });
`,
  );
  writeFileSync(join(work, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", include: ["usage.ts"] }));
  const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(work, "tsconfig.json")], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
});

test("the new method calls the new endpoint at runtime, with auth and validation", async () => {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`);
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/auth/token") return res.end(JSON.stringify({ access_token: "pat_x_abcdefghijk", token_type: "Bearer", expires_in: 86400, scope: "" }));
    res.end(JSON.stringify({ available: 123_45, currency: "RUB" }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    const { operations } = await import(pathToFileURL(join(work, "generated/operations.ts")).href);
    const { requestValidators } = await import(pathToFileURL(join(work, "generated/validators.ts")).href);
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const pc = createClientFrom({ operations, requestValidators }, nodePlatform, { secretKey: "sk_test_x", baseUrl }) as any;
    await expect(pc.getBalance({ currency: "RUB" })).resolves.toEqual({ available: 12345, currency: "RUB" });
    await expect(pc.getBalance({ currency: "rub" })).rejects.toMatchObject({ name: "ValidationError" });
    expect(seen).toEqual(["POST /v1/auth/token Bearer sk_test_x", "GET /v1/balance?currency=RUB Bearer pat_x_abcdefghijk"]);
  } finally {
    server.close();
  }
});
