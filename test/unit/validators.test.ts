// The seed's limits, enforced by the generated validators (the same ones the SDK runs).
import { spawnSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { requestValidators } from "../../generated/validators.js";
import { webhookValidators } from "../../generated/webhook-validators.js";
import { operations } from "../../generated/operations.ts";
import { root } from "../helpers/paths.ts";
import { buildValidators } from "../helpers/validators.ts";
import { requestExample, requestExamples, responseExample } from "../helpers/spec-examples.ts";
import { specEvents } from "./webhooks/spec-events.ts";

const ok = requestExample("createPayment");
const body = requestValidators.createPayment.body;

/** [case, body, valid, the instance path and API error code expected when invalid] */
const createPaymentCases: [string, unknown, boolean, string?, string?][] = [
  ...Object.entries(requestExamples("createPayment")).map(([name, ex]): [string, unknown, boolean] => [`the spec's example ${name}`, ex, true]),
  ["amount 1 (the minimum)", { ...ok, amount: 1 }, true],
  ["amount 0", { ...ok, amount: 0 }, false, "/amount", "invalid_amount"],
  ["amount -1", { ...ok, amount: -1 }, false, "/amount", "invalid_amount"],
  ["amount 1.5", { ...ok, amount: 1.5 }, false, "/amount", "invalid_amount"],
  ['amount "1000" (a string)', { ...ok, amount: "1000" }, false, "/amount", "invalid_amount"],
  ["amount null", { ...ok, amount: null }, false, "/amount", "invalid_amount"],
  ["20 000 000 RUB kopecks (200 000 RUB, the limit)", { ...ok, amount: 20_000_000 }, true],
  ["20 000 001 RUB kopecks", { ...ok, amount: 20_000_001 }, false, "/amount", "amount_too_large"],
  ["20 000 001 in USD (the RUB limit does not apply)", { ...ok, currency: "USD", amount: 20_000_001 }, true],
  ['currency "rub"', { ...ok, currency: "rub" }, false, "/currency", "invalid_currency"],
  ['currency "RUBX"', { ...ok, currency: "RUBX" }, false, "/currency", "invalid_currency"],
  ['currency ""', { ...ok, currency: "" }, false, "/currency", "invalid_currency"],
  ["currency missing", { amount: ok.amount, customer: ok.customer }, false, "", "invalid_request"],
  ["customer missing", { amount: ok.amount, currency: ok.currency }, false, "", "invalid_request"],
  ['email "not-an-email"', { ...ok, customer: { email: "not-an-email" } }, false, "/customer/email", "invalid_email"],
  ["email missing", { ...ok, customer: {} }, false, "/customer", "invalid_request"],
  ["unknown top-level field (typo)", { ...ok, ammount: 5 }, false, "", "invalid_request"],
  ["metadata value not a string", { ...ok, metadata: { order: 5 } }, false, "/metadata/order", "invalid_request"],
  ["description over 500 characters", { ...ok, description: "x".repeat(501) }, false, "/description", "invalid_request"],
];

function codeFor(schemaPath: string, codes: ReadonlyArray<readonly [string, string]>): string {
  return codes.find(([prefix]) => schemaPath === prefix || schemaPath.startsWith(prefix + "/"))?.[1] ?? "invalid_request";
}

describe("createPayment body validator", () => {
  test.each(createPaymentCases)("%s", (_name, input, valid, path, code) => {
    expect(body.validate(input)).toBe(valid);
    if (valid) return;
    const errors = (body.validate.errors ?? []).filter((e) => e.keyword !== "if");
    expect(errors.map((e) => [e.instancePath, codeFor(e.schemaPath, body.errorCodes)])).toContainEqual([path, code]);
  });

  test("reports every problem at once", () => {
    expect(body.validate({ amount: 0, currency: "rub", customer: { email: "x" } })).toBe(false);
    const paths = new Set(body.validate.errors!.map((e) => e.instancePath));
    expect(paths).toEqual(new Set(["/amount", "/currency", "/customer/email"]));
  });
});

describe("other validators", () => {
  test.each([
    ["listPayments query, limit 100", requestValidators.listPayments.query, { limit: 100 }, true],
    ["listPayments query, limit 101", requestValidators.listPayments.query, { limit: 101 }, false],
    ["listPayments query, unknown status", requestValidators.listPayments.query, { status: "paid" }, false],
    ["listPayments query, unknown parameter", requestValidators.listPayments.query, { page: 2 }, false],
    ["getPayment path, a payment id", requestValidators.getPayment.path, { payment_id: responseExample("getPayment").id }, true],
    ["getPayment path, a traversal attempt", requestValidators.getPayment.path, { payment_id: "../refunds" }, false],
    ["createRefund body, empty (full refund)", requestValidators.createRefund.body, {}, true],
    ["createRefund body, amount 0", requestValidators.createRefund.body, { amount: 0 }, false],
    ["token body, the spec's example", requestValidators.createAccessToken.body, requestExample("createAccessToken"), true],
    ["token body, unknown scope", requestValidators.createAccessToken.body, { scope: "admin" }, false],
  ] as const)("%s", (_name, entry, input, valid) => {
    expect(entry.validate(input)).toBe(valid);
  });

  test("every operation with a body or query has a validator, and only those", () => {
    for (const [id, op] of Object.entries(operations)) {
      const entry = requestValidators[id as keyof typeof requestValidators] as Record<string, unknown>;
      expect(Boolean(entry.body), `${id} body`).toBe(op.hasBody);
      expect(Boolean(entry.query), `${id} query`).toBe(op.hasQuery);
      expect(Boolean(entry.path), `${id} path`).toBe(op.pathParams.length > 0);
    }
  });

  test("webhook event validators accept their type only", () => {
    for (const e of specEvents()) {
      const validators = webhookValidators as Record<string, { validate: (data: unknown) => boolean }>;
      expect(validators[e.type]!.validate(e.event), e.name).toBe(true);
      for (const other of Object.keys(webhookValidators).filter((t) => t !== e.type)) expect(validators[other]!.validate(e.event)).toBe(false);
      expect(validators[e.type]!.validate({ ...e.event, data: {} })).toBe(false);
    }
  });
});

test("validators load and work with code generation from strings disallowed (as on Workers)", () => {
  const script = `
    const { requestValidators } = await import("./dist/generated/validators.js");
    const { webhookValidators } = await import("./dist/generated/webhook-validators.js");
    const v = requestValidators.createPayment.body;
    const w = webhookValidators["payment.failed"];
    console.log(JSON.stringify([v.validate(${JSON.stringify(ok)}), v.validate({ amount: 0 }), w.validate({})]));`;
  const run = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", "--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(JSON.parse(run.stdout)).toEqual([true, false, false]);
  // And the flag really bites: code generation throws under it.
  const control = spawnSync(process.execPath, ["--disallow-code-generation-from-strings", "-e", "new Function('return 1')()"], { encoding: "utf8" });
  expect(control.status).not.toBe(0);
  expect(control.stderr).toMatch(/Code generation from strings disallowed/);
});

describe("tolerant event validators (generated from a spec whose objects are all closed)", () => {
  test("a new field passes validate() and fails validate.call({ strict: true }) exactly where additionalProperties is false", async () => {
    const { spec } = await import("./webhooks/spec-events.ts");
    const closed = structuredClone(spec) as any;
    let closedCount = 0;
    for (const schema of Object.values(closed.components.schemas) as any[]) {
      if (schema.type === "object" && schema.properties && schema.additionalProperties === undefined) {
        schema.additionalProperties = false;
        closedCount++;
      }
    }
    expect(closedCount).toBeGreaterThan(0);
    const { webhookValidators: closedValidators } = buildValidators(closed);
    for (const e of specEvents()) {
      const entry = closedValidators[e.type]!;
      const withField = { ...e.event, data: { object: { ...(e.event.data as any).object, field_from_a_newer_api: 1 } } };
      expect(entry.validate(e.event)).toBe(true);
      expect(entry.validate.call({ strict: true }, e.event)).toBe(true);
      expect(entry.validate(withField), e.name).toBe(true);
      expect(entry.validate.call({ strict: true }, withField), e.name).toBe(false);
      expect(entry.validate.errors![0]).toMatchObject({ instancePath: "/data/object", keyword: "closedProperties" });
      // A real defect is still one in tolerant mode.
      expect(entry.validate({ ...withField, id: 42 })).toBe(false);
    }
  });
});
