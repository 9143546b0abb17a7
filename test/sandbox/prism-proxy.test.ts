// The sandbox obeys openapi.yaml: everything below goes through Prism's validation proxy in front of the
// sandbox, and every answer must come back free of violations (see proxy-harness.ts for how Prism reports).
// - strict: `prism proxy openapi.yaml <sandbox> --errors`, for every request the spec allows;
// - lenient: the same without --errors, which forwards requests Prism finds invalid (with --errors Prism
//   answers those itself and the sandbox is never asked), for the sandbox's own 400/401/422 answers;
// - limited: --errors in front of a second sandbox with a tiny rate limit (through a relay that can break
//   an answer on purpose, to show the check can fail).
// Cases come from the spec and the generated operation table: a new operation, status or error code fails
// the coverage test at the end until something here produces it.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Payment } from "../../generated/models.ts";
import { operations } from "../../generated/operations.ts";
import { enums } from "../../generated/server-table.ts";
import { type ValidatorEntry, requestValidators } from "../../generated/validators.js";
import { STATUSES } from "../../packages/sandbox/src/api/lifecycle.ts";
import { matchRoute } from "../../packages/sandbox/src/http/routes.ts";
import { type Sandbox, startSandbox } from "../../packages/sandbox/src/index.ts";
import { type RunningPrism, startPrism } from "../../scripts/lib/prism.ts";
import { findIssues } from "../../src/client/validate-request.ts";
import { ApiError, type PayConnect, type PayConnectOptions, createPayConnect } from "../../src/entry/node.ts";
import { contractCases } from "../contract/cases.ts";
import { type JsonObject, deref, isObject, listOperations } from "../../scripts/lib/spec.ts";
import { documentedResponses, spec } from "../contract/spec-responses.ts";
import { specPath } from "../helpers/paths.ts";
import { requestExample, responseExample } from "../helpers/spec-examples.ts";
import { type Exchange, type Tamper, observedFetch, startRelay, withAuthorization } from "./proxy-harness.ts";

type OperationId = keyof typeof operations;
const opIds = Object.keys(operations) as OperationId[];
const log: Exchange[] = [];
const exampleIds = { payment: responseExample("getPayment").id as string, refund: responseExample("getRefund").id as string, event: responseExample("getEvent").id as string };
/** Spec example id → the id of a real object of the sandbox, swapped into every URL the clients send. */
const realIds = new Map<string, string>();
let tamper: Tamper | undefined;

let sandbox: Sandbox, limitedSandbox: Sandbox, relay: Awaited<ReturnType<typeof startRelay>>;
let strict: RunningPrism, lenient: RunningPrism, limited: RunningPrism;
let pc: PayConnect, setup: PayConnect;


const swapIds: Tamper = (url, init) => [[...realIds].reduce((u, [from, to]) => u.replaceAll(from, to), url), init];
/** Applies `t` to the request of operation `op` only (the token request of the same call stays untouched). */
const onlyFor = (op: OperationId, t: Tamper): Tamper => (url, init) =>
  matchRoute(init.method ?? "GET", new URL(url).pathname)?.operationId === op ? t(url, init) : [url, init];
const both = (a: Tamper, b: Tamper): Tamper => (url, init) => b(...a(url, init));

function client(prism: RunningPrism, via: string, extra: Partial<PayConnectOptions> = {}): PayConnect {
  return createPayConnect({ secretKey: sandbox.secretKey, baseUrl: prism.url, maxRetries: 0, fetch: observedFetch(log, via, () => tamper), ...extra });
}
const outcome = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof ApiError ? `${e.status} ${e.code}` : String(e)));

async function control(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${sandbox.url}/_sandbox/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return res.json();
}
async function payment(result?: string): Promise<Payment> {
  const created = await setup.createPayment(requestExample("createPayment"));
  if (result === undefined) return created;
  await control(`payments/${created.id}/complete`, { outcome: result });
  return setup.getPayment(created.id);
}
/** Runs every operation's contract case under `t` (ids swapped to real objects unless `t` says otherwise). */
async function everyCase(via: PayConnect, t: (op: OperationId) => Tamper | undefined): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const op of opIds) {
    tamper = t(op);
    out[op] = await outcome(contractCases[op]!(via, {}));
  }
  tamper = swapIds;
  return out;
}
const documenting = (status: number) => new Set(documentedResponses().filter((r) => r.status === status).map((r) => r.operationId));

beforeAll(async () => {
  [sandbox, limitedSandbox] = await Promise.all([startSandbox({ port: 0, rateLimit: 1_000_000 }), startSandbox({ port: 0, rateLimit: 2 })]);
  relay = await startRelay(limitedSandbox.url);
  [strict, lenient, limited] = await Promise.all([
    startPrism({ spec: specPath, upstream: sandbox.url, errors: true }),
    startPrism({ spec: specPath, upstream: sandbox.url, errors: false }),
    startPrism({ spec: specPath, upstream: relay.url, errors: true }),
  ]);
  setup = client(strict, "strict");
  pc = client(strict, "strict");
  tamper = swapIds;
  const paid = await payment("succeeded");
  const refund = await setup.createRefund(paid.id, { amount: 1 });
  const [event] = (await setup.listEvents({ payment_id: paid.id })).data;
  realIds.set(exampleIds.refund, refund.id).set(exampleIds.event, event!.id);
}, 120_000);

afterAll(async () => {
  await Promise.all([strict?.stop(), lenient?.stop(), limited?.stop()]);
  await Promise.all([sandbox?.close(), limitedSandbox?.close(), relay?.close()]);
});

describe("(a) every operation's contract case, against real objects", () => {
  test.each(opIds)("%s succeeds on a pending or a succeeded payment", async (op) => {
    expect(contractCases[op], `no contract case for ${op} in test/contract/cases.ts`).toBeDefined();
    const outcomes: string[] = [];
    for (const result of [undefined, "succeeded"]) {
      realIds.set(exampleIds.payment, (await payment(result)).id);
      outcomes.push(await outcome(contractCases[op]!(pc, {})));
    }
    expect(outcomes).toContain("ok");
    expect(log.filter((e) => e.operationId === op).flatMap((e) => e.violations)).toEqual([]);
  });
});

describe("(b) every documented error, from the sandbox itself", () => {
  beforeAll(async () => realIds.set(exampleIds.payment, (await payment()).id));

  test.each([
    ["a wrong credential (strict proxy)", "strict", (op: OperationId) => (operations[op].auth === "secretKey" ? "Bearer sk_test_wrongwrongwrong" : "Bearer pat_notatoken")],
    ["no credential (lenient proxy: with --errors Prism answers 401 itself)", "lenient", () => undefined],
  ] as const)("401 unauthorized for %s, on every operation", async (_name, via, credential) => {
    const outcomes = await everyCase(client(via === "strict" ? strict : lenient, via), (op) => both(swapIds, onlyFor(op, (u, i) => [u, withAuthorization(i, credential(op))])));
    for (const op of documenting(401)) expect(outcomes[op], op).toBe("401 unauthorized");
  });

  test("403 forbidden for a token without the scope the operation needs", async () => {
    const readOnly = await everyCase(client(strict, "strict", { scope: ["payments.read"] }), () => swapIds);
    const writeOnly = await everyCase(client(strict, "strict", { scope: ["payments.write"] }), () => swapIds);
    for (const op of documenting(403)) expect([readOnly[op], writeOnly[op]], op).toContain("403 forbidden");
  });

  test("404 not_found for ids and cursors that do not exist (the spec's example ids)", async () => {
    // No id swap: the spec's example ids name nothing in the sandbox. A list without path parameters gets its
    // own example's first id as the `starting_after` cursor.
    const cursor = (op: OperationId): Tamper => (url, init) => {
      const u = new URL(url);
      if (operations[op].paginated && operations[op].pathParams.length === 0) u.searchParams.set("starting_after", responseExample(op).data[0].id);
      return [String(u), init];
    };
    const outcomes = await everyCase(pc, (op) => onlyFor(op, cursor(op)));
    for (const op of documenting(404)) expect(outcomes[op], op).toBe("404 not_found");
  });

  test("400 invalid_request for a malformed path id, an unknown query parameter or an unknown body field", async () => {
    const malform = (url: string, init: RequestInit): [string, RequestInit] => {
      const u = new URL(swapIds(url, init)[0]);
      for (const id of Object.values(exampleIds)) u.pathname = u.pathname.replace(realIds.get(id) ?? id, "not%20an%20id");
      if (init.method === "GET") u.searchParams.set("unknown_parameter", "1");
      const body = typeof init.body === "string" ? JSON.stringify({ ...JSON.parse(init.body), unknown_field: 1 }) : init.body;
      return [String(u), { ...init, body }];
    };
    const outcomes = await everyCase(client(lenient, "lenient"), (op) => both(swapIds, onlyFor(op, malform)));
    for (const op of documenting(400)) expect(outcomes[op], op).toBe("400 invalid_request");
  });

  // Each `x-error-code` of a request body: the first of a few generic bad values that the spec's own schema
  // rejects with that code (found with the generated validators), sent raw through the lenient proxy.
  const badValues: unknown[] = [0, -1, 1.5, "x", "", 2 ** 31, null, true, [], {}];
  const errorCodeRows = opIds.flatMap((op) => {
    const entry = (requestValidators as Record<string, { body?: ValidatorEntry }>)[op]?.body;
    return (entry?.errorCodes ?? []).map(([schemaPath, code]) => [op, code, schemaPath, entry!] as const);
  });
  test.each(errorCodeRows)("%s: %s from the sandbox for a body that breaks %s", async (op, code, schemaPath, entry) => {
    const pointer = schemaPath.replace(/^#/, "").replace(/\/(then|else|allOf\/\d+|anyOf\/\d+|oneOf\/\d+)(?=\/)/g, "").replace(/\/properties\//g, "/");
    const body = badValues
      .map((value) => setAt(requestExample(op), pointer, value))
      .find((candidate) => findIssues(entry, candidate, "body")[0]?.code === code);
    expect(body, `none of ${JSON.stringify(badValues)} at ${pointer} gives ${code}; add a bad value that does`).toBeDefined();
    const { access_token } = await setup.createAccessToken(requestExample("createAccessToken"));
    const path = operations[op].path.replace(/\{[^}]+\}/g, () => realIds.get(exampleIds.payment)!);
    const res = await observedFetch(log, "lenient", () => undefined)(lenient.url + path, {
      method: operations[op].method.toUpperCase(),
      headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(log.at(-1)!.requestViolations.length, "Prism, reading the same spec, finds the request invalid too").toBeGreaterThan(0);
  });

  test("409 idempotency_conflict and payment_not_cancelable; 422 refund_exceeds_payment; a replay is the same object", async () => {
    const body = requestExample("createPayment");
    const first = await pc.createPayment(body, { idempotencyKey: "proxy-create" });
    expect((await pc.createPayment(body, { idempotencyKey: "proxy-create" })).id).toBe(first.id);
    expect(await outcome(pc.createPayment({ ...body, amount: body.amount + 1 }, { idempotencyKey: "proxy-create" }))).toBe("409 idempotency_conflict");
    const paid = await payment("succeeded");
    expect(await outcome(pc.cancelPayment(paid.id))).toBe("409 payment_not_cancelable");
    await pc.createRefund(paid.id, { amount: 1 }, { idempotencyKey: "proxy-refund" });
    expect(await outcome(pc.createRefund(paid.id, { amount: 2 }, { idempotencyKey: "proxy-refund" }))).toBe("409 idempotency_conflict");
    expect(await outcome(pc.createRefund(paid.id, { amount: paid.amount }))).toBe("422 refund_exceeds_payment");
    const other = await payment();
    expect(await outcome(pc.cancelPayment(other.id, { idempotencyKey: "proxy-refund" }))).toBe("409 idempotency_conflict");
  });

  test("429 rate_limited on every operation once the limit is used up", async () => {
    // Start in a fresh one-minute window of the limited sandbox's clock, so it cannot roll over mid-test.
    const now = limitedSandbox.clock.now();
    await limitedSandbox.clock.advance(60_000 - (now % 60_000) + 10);
    const over = client(limited, "limited", { secretKey: limitedSandbox.secretKey });
    // Use the limit up (the token request counted too); a bounded loop, so a broken 429 fails instead of hanging.
    for (let i = 0; i < 10 && (await outcome(over.listPayments())) === "ok"; i++);
    const outcomes = await everyCase(over, () => undefined);
    for (const op of documenting(429)) expect(outcomes[op], op).toBe("429 rate_limited");
  });

  test("the check can fail: an answer that breaks the spec comes back as Prism's VIOLATIONS error", async () => {
    await limitedSandbox.clock.advance(60_000); // a new window: the request below reaches the relay
    relay.breakNext({ id: 5 });
    const res = await fetch(`${limited.url}/v1/auth/token`, {
      method: "POST",
      headers: { authorization: `Bearer ${limitedSandbox.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify(requestExample("createAccessToken")),
    });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { type: string }).type).toMatch(/VIOLATIONS$/);
  });
});

describe("(b) the lifecycle: every payment status, in lists and filters", () => {
  test("each status of the lifecycle comes back valid from getPayment and listPayments", async () => {
    const failure = enums.PaymentFailureCode!;
    for (const code of failure) await payment(code);
    await pc.cancelPayment((await payment()).id);
    const partly = await payment("succeeded");
    await pc.createRefund(partly.id, { amount: 1 });
    await pc.createRefund((await payment("succeeded")).id);
    const expiring = await payment();
    await control("clock/advance", { seconds: Math.ceil((Date.parse(expiring.expires_at) - sandbox.clock.now()) / 1000) + 1 });
    expect((await pc.getPayment(expiring.id)).status).toBe("expired");
    await payment(); // every earlier pending payment has just expired
    // Every status the sandbox's lifecycle produces (all of them documented, see handlers.test.ts).
    for (const status of STATUSES) {
      const page = await pc.listPayments({ status: status as Payment["status"], limit: 2 });
      expect(page.data.length, `no ${status} payment listed`).toBeGreaterThan(0);
      await pc.listPayments({ status: status as Payment["status"], limit: 1, starting_after: page.data[0]!.id });
    }
    for (const type of enums.EventType!) {
      const [event] = (await pc.listEvents({ type: type as never, limit: 1 })).data;
      expect(event, `no ${type} event`).toBeDefined();
      await pc.getEvent(event!.id);
    }
  });
});

test("coverage: every documented operation × status and error code came back from the sandbox with 0 violations", () => {
  const violations = log.filter((e) => e.violations.length > 0);
  expect(violations, JSON.stringify(violations.slice(0, 5), null, 1)).toEqual([]);
  const seen = new Set(log.map((e) => `${e.operationId} ${e.status}`));
  // 500 internal_error is only ever a defect of the sandbox, so nothing here can ask for it.
  const missing = documentedResponses().filter((r) => r.status !== 500 && !seen.has(`${r.operationId} ${r.status}`));
  expect(missing.map((r) => `${r.operationId} ${r.status}`)).toEqual([]);
  // Prism checks a header only when it is there (the spec marks none required), so presence is checked here.
  const missingHeaders = log.flatMap((e) =>
    e.operationId === undefined || e.violations.length > 0 ? [] : documentedHeaders(e.operationId, e.status).filter((h) => !e.headers.includes(h)).map((h) => `${e.operationId} ${e.status}: ${h}`),
  );
  expect([...new Set(missingHeaders)]).toEqual([]);
  const codes = new Set(log.map((e) => e.code));
  expect(enums.ErrorCode!.filter((c) => c !== "internal_error" && !codes.has(c))).toEqual([]);
  console.log(`prism proxy: ${log.length} requests (${log.filter((e) => e.via !== "lenient").length} through --errors), ${violations.length} violations`);
});

/** The header names (lower-case) openapi.yaml documents for an operation's response with this status. */
function documentedHeaders(operationId: string, status: number): string[] {
  const op = listOperations(spec).find((o) => o.operationId === operationId)!;
  const response = deref(spec, (op.operation.responses as JsonObject)[String(status)] ?? null) as JsonObject | null;
  return isObject(response?.headers) ? Object.keys(response.headers).map((h) => h.toLowerCase()) : [];
}

function setAt(target: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> {
  const keys = pointer.split("/").slice(1);
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return target;
}
