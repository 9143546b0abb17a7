// A value outside a schema's `enum` is refused with the allowed values listed, so the caller can fix it without
// opening the spec. The enums are found in the request schemas the validators are built from (openapi.yaml),
// every one of them checked; a very long list is cut after the first ten.
import { describe, expect, test } from "vitest";
import { requestValidators } from "../../../generated/validators.js";
import { validatorSchemas } from "../../../scripts/gen/validators.ts";
import { ValidationError, createPayConnect } from "../../../src/entry/node.js";
import { findIssues } from "../../../src/client/validate-request.js";
import { validatorEntry } from "../../../src/validation/schema-check.js";
import { escapeSegment } from "../../../src/json-pointer.js";
import type { ValidationIssue } from "../../../src/errors.js";
import { SECRET } from "../../helpers/fake-api.ts";
import { spec } from "../../helpers/spec-examples.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

type Node = { enum?: unknown[]; properties?: Record<string, Node> };
const NOT_ALLOWED = "not-an-allowed-value";

/** Every enum reachable through `properties`, with the property path leading to it. */
function enumsIn(schema: Node, path: string[] = []): { path: string[]; values: unknown[] }[] {
  const here = Array.isArray(schema.enum) ? [{ path, values: schema.enum }] : [];
  return here.concat(Object.entries(schema.properties ?? {}).flatMap(([name, sub]) => enumsIn(sub, [...path, name])));
}

/** An object that holds `value` at `path` and nothing else. */
const at = (path: string[], value: unknown): unknown => path.reduceRight<unknown>((inner, name) => ({ [name]: inner }), value);

const cases = Object.entries(validatorSchemas(spec()).requests).flatMap(([operationId, parts]) =>
  Object.entries(parts).flatMap(([part, { schema }]) =>
    enumsIn(schema as Node).map(({ path, values }) => [`${operationId} ${part} /${path.join("/")}`, operationId, part, path, values] as const)));

test("the spec's requests have enums (else this file checks nothing)", () => {
  expect(cases.length).toBeGreaterThan(0);
});

test.each(cases)("%s: the message lists the allowed values", (_name, operationId, part, path, values) => {
  const entry = (requestValidators as Record<string, Record<string, Parameters<typeof findIssues>[0]>>)[operationId]![part];
  const issue = findIssues(entry, at(path, NOT_ALLOWED), part as ValidationIssue["location"]).find((i) => i.path === path.map((p) => `/${escapeSegment(p)}`).join(""));
  expect(issue?.message).toBe(`must be one of ${values.map((v) => JSON.stringify(v)).join(", ")}`);
});

describe("a long list", () => {
  const values = Array.from({ length: 25 }, (_, i) => `v${i}`);
  const entry = validatorEntry({ type: "object", properties: { kind: { enum: values } } }, []);

  test("is cut after the first ten, saying how many more there are", () => {
    const [issue] = findIssues(entry, { kind: NOT_ALLOWED }, "body");
    expect(issue!.message).toBe(`must be one of ${values.slice(0, 10).map((v) => JSON.stringify(v)).join(", ")} …and 15 more`);
  });

  test("of exactly ten is shown whole", () => {
    const ten = validatorEntry({ type: "object", properties: { kind: { enum: values.slice(0, 10) } } }, []);
    expect(findIssues(ten, { kind: NOT_ALLOWED }, "body")[0]!.message).not.toMatch(/more/);
  });
});

describe("through a method", () => {
  const server = useFaultServer();

  test.each(cases.filter(([, , part]) => part === "query" || part === "body"))("%s: ValidationError with the values; nothing is sent", async (_name, operationId, part, path, values) => {
    const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl }) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const row = (await import("../../../generated/operations.js")).operations[operationId as "listPayments"];
    const input = at(path, NOT_ALLOWED);
    const args = [...row.pathParams.map(() => "x"), ...(row.hasBody ? [part === "body" ? input : {}] : []), ...(row.hasQuery ? [part === "query" ? input : {}] : [])];
    const error = await pc[operationId]!(...args).catch((e: unknown) => e);
    (pc.close as () => void)();
    expect(error).toBeInstanceOf(ValidationError);
    for (const value of values) expect((error as Error).message).toContain(JSON.stringify(value));
    expect(server.requests.length + server.tokenRequests.length).toBe(0);
  });
});
