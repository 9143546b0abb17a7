// Every operation × every documented status, through the SDK, against Prism serving openapi.yaml.
// Success bodies are re-validated against their schema; error statuses must come back as the right
// error class with `code` and `docsUrl` parsed from the documented example.
import { describe, expect, inject, test } from "vitest";
import { ApiError, createPayConnect, type RequestOptions } from "../../src/entry/node.js";
import { contractCases } from "./cases.ts";
import { documentedResponses } from "./spec-responses.ts";

const errorClass: Record<number, string> = {
  400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError", 404: "NotFoundError",
  409: "ConflictError", 422: "UnprocessableEntityError", 429: "RateLimitError", 500: "InternalServerError",
};

const pc = createPayConnect({ secretKey: "sk_test_contract", baseUrl: inject("prismUrl"), maxRetries: 0 });

const rows = documentedResponses().flatMap((r) =>
  (r.examples.length > 1 ? r.examples : [undefined]).map((example) => ({ ...r, example })),
);
const covered = new Set<string>();

describe.each(rows.map((r) => [`${r.operationId} → ${r.status}${r.example ? ` (${r.example})` : ""}`, r] as const))("%s", (_name, row) => {
  test("the SDK gets what the spec documents", async () => {
    const call = contractCases[row.operationId];
    expect(call, `no contract case for ${row.operationId} in test/contract/cases.ts`).toBeDefined();
    const prefer = [`code=${row.status}`, ...(row.example ? [`example=${row.example}`] : [])].join(", ");
    const options: RequestOptions = { headers: { Prefer: prefer } };

    if (row.status < 400) {
      const body = await call!(pc, options);
      expect(row.validate(body), JSON.stringify(row.validate.errors)).toBe(true);
    } else {
      const error = (await call!(pc, options).catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(ApiError);
      expect(error.name).toBe(errorClass[row.status]);
      expect(error.status).toBe(row.status);
      expect(error.code).not.toBe("unknown_error");
      expect(error.docsUrl).toBe(`https://docs.payconnect.com/errors#${error.code}`);
      expect(error.requestId).toMatch(/^req_/);
      expect(row.validate({ error: { code: error.code, message: error.message, docs_url: error.docsUrl, ...(error.param ? { param: error.param } : {}) } })).toBe(true);
    }
    covered.add(`${row.operationId} ${row.status}`);
  });
});

// Runs last (tests in a file run in order): every operation × documented status was exercised and passed.
test("coverage: every operation and documented status of openapi.yaml has a passing contract case", () => {
  const documented = documentedResponses().map((r) => `${r.operationId} ${r.status}`);
  const missing = documented.filter((pair) => !covered.has(pair));
  expect(missing, `no passing contract case for: ${missing.join(", ")}`).toEqual([]);
  console.log(`contract coverage: ${covered.size} operation × status pairs over ${new Set(documented.map((p) => p.split(" ")[0])).size} operations`);
});
