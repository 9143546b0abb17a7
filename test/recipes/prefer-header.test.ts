// Every `Prefer:` header the README, docs/*.md and the mock's banner (scripts/mock.ts) tell a merchant to
// send gets the documented answer from a real Prism serving openapi.yaml — not Prism's own 404 for an
// example it cannot find. The operation to call is derived from the spec: one that documents the asked
// status and example.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type RunningPrism, startPrism } from "../../scripts/lib/prism.ts";
import { ApiError, createPayConnect } from "../../src/entry/node.js";
import { contractCases } from "../contract/cases.ts";
import { documentedResponses } from "../contract/spec-responses.ts";
import { root, specPath } from "../helpers/paths.ts";

const sources = ["README.md", "scripts/mock.ts", ...(existsSync(join(root, "docs")) ? readdirSync(join(root, "docs")).map((f) => `docs/${f}`) : [])];
const prefers = sources.flatMap((file) =>
  [...readFileSync(join(root, file), "utf8").matchAll(/Prefer: ((?:code|example)=\w+(?:, ?(?:code|example)=\w+)*)/g)].map((m) => [file, m[1]!] as const),
);

let prism: RunningPrism;
beforeAll(async () => {
  prism = await startPrism({ spec: specPath, errors: true });
});
afterAll(() => prism?.stop());

test("the README and the mock banner show how to ask Prism for a status and an example", () => {
  expect(prefers.map(([, value]) => value).some((v) => v.includes("example="))).toBe(true);
});

describe.each(prefers)("%s: Prefer: %s", (_file, value) => {
  test("Prism answers with the documented status and example", async () => {
    const asked = Object.fromEntries(value.split(",").map((part) => part.trim().split("=") as [string, string]));
    const row = documentedResponses().find(
      (r) => (asked.code === undefined || r.status === Number(asked.code)) && (asked.example === undefined || r.examples.includes(asked.example)),
    );
    expect(row, `no operation in openapi.yaml documents ${value}`).toBeDefined();
    const pc = createPayConnect({ secretKey: "sk_test_prefer", baseUrl: prism.url, maxRetries: 0 });
    const result = await contractCases[row!.operationId]!(pc, { headers: { Prefer: value } }).catch((e: unknown) => e);
    const status = result instanceof ApiError ? result.status : 200;
    expect(`${row!.operationId} → ${status}${result instanceof ApiError ? ` ${result.message}` : ""}`).toBe(
      `${row!.operationId} → ${row!.status}${result instanceof ApiError ? ` ${result.message}` : ""}`,
    );
    if (result instanceof ApiError) expect(row!.validate({ error: { code: result.code, message: result.message, docs_url: result.docsUrl, ...(result.param ? { param: result.param } : {}) } })).toBe(true);
    else expect(row!.validate(result)).toBe(true);
  });
});
