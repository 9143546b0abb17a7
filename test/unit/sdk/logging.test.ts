// Opt-in logging: every attempt, retry and token refresh is logged at its level, and no line or field
// carries the secret key, an access token or a customer's email (values taken from the spec's examples).
import { describe, expect, test } from "vitest";
import { type JsonObject, deref, listOperations, loadSpec } from "../../../scripts/lib/spec.ts";
import { PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, TOKEN, errorReply, fakeApi, fakeTime, payment, tokenReply } from "../../helpers/fake-api.ts";
import { specPath } from "../../helpers/paths.ts";

const spec = loadSpec(specPath);
const ops = Object.fromEntries(listOperations(spec).map((op) => [op.operationId, op]));
const requestExample = Object.values(
  ((deref(spec, ops.createPayment!.operation.requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject).examples as JsonObject,
).map((e) => (deref(spec, e as JsonObject) as JsonObject).value as JsonObject)[0]!;
const email = (requestExample.customer as JsonObject).email as string;
const emailParam = ops.listPayments!.parameters.find((p) => p.name === "customer_email")!;
const queriedEmail = String(emailParam.example);

type Line = { level: string; message: string; fields: unknown };
function capture() {
  const lines: Line[] = [];
  const at = (level: string) => (message: string, fields?: unknown) => lines.push({ level, message, fields });
  return { lines, logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") } };
}

function scenario(extra: object) {
  const api = fakeApi((req, i) => {
    if (req.method === "POST" && i === 0) return errorReply(503, "internal_error", { "retry-after": "1", "x-request-id": `req_${i}` });
    const customer = req.body ? (JSON.parse(req.body) as { customer: unknown }).customer : { email: queriedEmail };
    return { status: req.method === "POST" ? 201 : 200, headers: { "x-request-id": `req_${i}` }, body: req.method === "POST" ? { ...payment, customer } : { data: [{ ...payment, customer }], has_more: false } };
  });
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
  return { api, pc };
}

describe("logging", () => {
  test("the Idempotency-Key of a POST is in the fields of each attempt and of the retry (the README says keys are shown)", async () => {
    const { lines, logger } = capture();
    const { pc } = scenario({ logger, logLevel: "debug" });
    await pc.createPayment(requestExample as never, { idempotencyKey: "order-77" });
    const post = lines.filter((l) => JSON.stringify(l.fields).includes('"method":"POST"') && JSON.stringify(l.fields).includes("/payments"));
    expect(post.length).toBeGreaterThanOrEqual(2); // the 503 and the 201
    for (const line of post) expect(line.fields).toMatchObject({ idempotencyKey: "order-77" });
    const retry = lines.find((l) => l.level === "warn");
    expect(retry?.fields).toMatchObject({ idempotencyKey: "order-77" });
  });

  test("logs each attempt, the retry and the token refresh, and never a credential or an email", async () => {
    expect(email).toContain("@");
    const { lines, logger } = capture();
    const { api, pc } = scenario({ logger, logLevel: "debug" });
    await pc.createPayment(requestExample as never);
    await pc.listPayments({ customer_email: queriedEmail });

    const debug = lines.filter((l) => l.level === "debug");
    expect(debug).toHaveLength(api.apiRequests.length + api.tokenRequests.length);
    api.apiRequests.forEach((req, i) => {
      const line = debug.find((l) => l.message.includes(`req_${i}`))!;
      expect(line, `request ${i}`).toBeDefined();
      expect(line.message).toContain(req.method);
      expect(line.message).toContain(ops[i === 2 ? "listPayments" : "createPayment"]!.path);
      expect(line.fields).toMatchObject({ method: req.method, requestId: `req_${i}`, durationMs: expect.any(Number), status: expect.any(Number) });
    });
    expect(debug.map((l) => (l.fields as { attempt: number }).attempt)).toContain(2);
    const retry = lines.filter((l) => l.level === "warn");
    expect(retry).toHaveLength(1);
    expect(retry[0]!.message).toMatch(/503/);
    expect(retry[0]!.fields).toMatchObject({ delayMs: 1000, reason: expect.stringContaining("503") });
    expect(lines.filter((l) => l.level === "info" && /access token/.test(l.message))).toHaveLength(1);

    const all = JSON.stringify(lines);
    for (const secret of [SECRET, TOKEN, email, queriedEmail, encodeURIComponent(queriedEmail), new URLSearchParams({ e: queriedEmail }).toString().slice(2)]) {
      expect(all).not.toContain(secret);
    }
    expect(api.apiRequests.some((r) => r.path.includes(encodeURIComponent(queriedEmail)))).toBe(true); // the email was sent, only not logged
  });

  test("a 401 that refreshes the token is logged", async () => {
    const { lines, logger } = capture();
    const api = fakeApi((_r, i) => (i === 0 ? errorReply(401, "unauthorized") : { status: 200, body: payment }), (_r, i) => tokenReply(`${TOKEN}_${i}`));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, logger, logLevel: "info" });
    await pc.getPayment(payment.id);
    expect(lines.filter((l) => l.level === "info").map((l) => l.message).join("\n")).toMatch(/401[\s\S]*access token/);
    expect(JSON.stringify(lines)).not.toContain(TOKEN);
  });

  test.each([
    [undefined, []],
    ["off", []],
    ["error", ["error"]],
    ["warn", ["warn", "error"]],
  ] as const)("logLevel %s keeps only %j", async (logLevel, levels) => {
    const { lines, logger } = capture();
    const api = fakeApi(() => errorReply(503, "internal_error"));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, logger, ...(logLevel ? { logLevel } : {}) });
    await pc.getPayment(payment.id).catch(() => {});
    expect(new Set(lines.map((l) => l.level))).toEqual(new Set(levels));
  });

  test("a logger that throws does not fail the call", async () => {
    const boom = () => {
      throw new Error("disk full");
    };
    const api = fakeApi(() => ({ status: 200, body: payment }));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, logger: { error: boom, warn: boom, info: boom, debug: boom }, logLevel: "debug" });
    await expect(pc.getPayment(payment.id)).resolves.toEqual(payment);
  });

  test("a logger whose methods return a rejected promise (an async sink that is down) leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const down = async () => {
        throw new Error("log sink down");
      };
      const api = fakeApi(() => ({ status: 200, body: payment }));
      const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, logger: { error: down, warn: down, info: down, debug: down }, logLevel: "debug" });
      await expect(pc.getPayment(payment.id)).resolves.toEqual(payment);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  test.each([
    [{ logLevel: "verbose" }, /logLevel/],
    [{ logger: { info: () => {} } }, /logger/],
  ])("bad logging options are refused at creation: %j", (options, message) => {
    expect(() => createPayConnect({ secretKey: SECRET, ...(options as object) })).toThrow(PayConnectError);
    expect(() => createPayConnect({ secretKey: SECRET, ...(options as object) })).toThrow(message);
  });
});
