// The sandbox's fault-injection mode (issue 12): every fault in FAULTS has a differential case here — the
// same requests against a sandbox without faults (it follows the spec) and one with only that fault (it shows
// exactly that defect, and nothing next to it). What the spec documents (statuses, required fields and
// headers) is read from the spec, not copied.
import { describe, expect, test } from "vitest";
import { parse } from "../../packages/sandbox/src/cli/args.ts";
import { serve } from "../../packages/sandbox/src/cli/serve.ts";
import { loadConformanceSpec } from "../../packages/sandbox/src/conformance/spec.ts";
import { FAULTS, type FaultName, type Sandbox, type SandboxOptions, startSandbox } from "../../packages/sandbox/src/index.ts";
import { resolveOptions } from "../../packages/sandbox/src/options.ts";
import { accessToken, control, paymentBody, useSandbox } from "./use-sandbox.ts";

const spec = loadConformanceSpec();

/** The operation's documented 2xx response. */
function success(operationId: string) {
  const responses = spec.byId.get(operationId)!.responses;
  const status = Object.keys(responses).find((s) => s.startsWith("2"))!;
  return { ...responses[status]!, status: Number(status) };
}

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** One raw API request; `token: null` sends no Authorization header. */
async function call(sandbox: Sandbox, token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === "" ? undefined : JSON.parse(text) };
}

const ok = (a: Answer) => a.status >= 200 && a.status < 300;
const refused = (a: Answer) => a.status >= 400 && a.status < 500 && typeof a.body?.error?.code === "string";

async function createPayment(sandbox: Sandbox, token: string, change: object = {}): Promise<Answer> {
  return call(sandbox, token, "POST", "/v1/payments", { ...paymentBody(), ...change });
}

/** A payment the customer has paid. */
async function paidPayment(sandbox: Sandbox, token: string): Promise<any> {
  const created = await createPayment(sandbox, token);
  expect(ok(created)).toBe(true);
  expect((await control(sandbox, `payments/${created.body.id}/complete`, { outcome: "succeeded" })).status).toBe("succeeded");
  return (await call(sandbox, token, "GET", `/v1/payments/${created.body.id}`)).body;
}

interface Case<T> {
  /** Options both sandboxes of the case start with. */
  options?: SandboxOptions;
  run(sandbox: Sandbox, token: string): Promise<T>;
  /** What the spec asks for, checked on the sandbox without faults. */
  follows(o: T): void;
  /** The defect, checked on the sandbox with only this fault. */
  shows(o: T): void;
}

const cases: { [F in FaultName]: Case<any> } = {
  "wrong-success-status": {
    run: async (s, t) => (await createPayment(s, t)).status,
    follows: (status) => expect(status).toBe(success("createPayment").status),
    shows(status) {
      expect(success("createPayment").status).not.toBe(200);
      expect(status).toBe(200);
    },
  },
  "missing-required-field": {
    async run(s, t) {
      const created = await createPayment(s, t);
      const got = await call(s, t, "GET", `/v1/payments/${created.body.id}`);
      const required: string[] = (success("getPayment").schema as any).required;
      return { status: got.status, missing: required.filter((field) => !Object.hasOwn(got.body, field)), required };
    },
    follows: (o) => expect(o).toMatchObject({ status: success("getPayment").status, missing: [] }),
    shows(o) {
      expect(o.status).toBe(success("getPayment").status);
      expect(o.missing).toHaveLength(1);
      expect(o.required).toContain(o.missing[0]);
    },
  },
  "missing-header": {
    async run(s, t) {
      const answers = [await call(s, t, "GET", "/v1/payments"), await call(s, t, "GET", "/v1/payments/pay_none")];
      const required = Object.entries(success("listPayments").headers).filter(([, h]) => h.required).map(([name]) => name);
      return { required, missing: answers.map((a) => required.filter((name) => !a.headers.has(name))) };
    },
    follows: (o) => expect(o.missing).toEqual([[], []]),
    shows(o) {
      expect(o.required).toContain("X-Request-Id");
      expect(o.missing).toEqual([["X-Request-Id"], ["X-Request-Id"]]);
    },
  },
  "zero-amount-accepted": {
    run: async (s, t) => ({ zero: await createPayment(s, t, { amount: 0 }), negative: await createPayment(s, t, { amount: -1 }) }),
    follows(o) {
      expect(refused(o.zero) && o.zero.body.error.param).toBe("/amount");
      expect(refused(o.negative)).toBe(true);
    },
    shows(o) {
      expect(ok(o.zero) && o.zero.body.amount).toBe(0);
      expect(refused(o.negative)).toBe(true);
    },
  },
  "lowercase-currency-accepted": {
    async run(s, t) {
      const lower = String(paymentBody().currency).toLowerCase();
      return { lower, accepted: await createPayment(s, t, { currency: lower }), short: await createPayment(s, t, { currency: lower.slice(1) }) };
    },
    follows(o) {
      expect(refused(o.accepted) && o.accepted.body.error.param).toBe("/currency");
      expect(refused(o.short)).toBe(true);
    },
    shows(o) {
      expect(ok(o.accepted) && o.accepted.body.currency).toBe(o.lower);
      expect(refused(o.short)).toBe(true);
    },
  },
  "idempotency-ignored": {
    async run(s, t) {
      const key = { "Idempotency-Key": `k-${Math.random()}` };
      const first = await call(s, t, "POST", "/v1/payments", paymentBody(), key);
      const replay = await call(s, t, "POST", "/v1/payments", paymentBody(), key);
      const conflict = await call(s, t, "POST", "/v1/payments", { ...paymentBody(), amount: paymentBody().amount + 1 }, key);
      return { first, replay, conflict };
    },
    follows(o) {
      expect(ok(o.first) && o.replay.body.id).toBe(o.first.body.id);
      expect(refused(o.conflict) && o.conflict.status).toBe(409);
    },
    shows(o) {
      expect(ok(o.first) && ok(o.replay)).toBe(true);
      expect(o.replay.body.id).not.toBe(o.first.body.id);
      expect(ok(o.conflict) && o.conflict.body.amount).toBe(paymentBody().amount + 1);
    },
  },
  "refund-over-amount": {
    async run(s, t) {
      const paid = await paidPayment(s, t);
      return { paid, refund: await call(s, t, "POST", `/v1/payments/${paid.id}/refunds`, { amount: paid.amount + 1 }) };
    },
    follows: (o) => expect(refused(o.refund) && o.refund.body.error.param).toBe("/amount"),
    shows: (o) => expect(ok(o.refund) && o.refund.body.amount).toBe(o.paid.amount + 1),
  },
  "cancel-twice": {
    async run(s, t) {
      const created = await createPayment(s, t);
      const first = await call(s, t, "POST", `/v1/payments/${created.body.id}/cancel`);
      return { first, again: await call(s, t, "POST", `/v1/payments/${created.body.id}/cancel`) };
    },
    follows(o) {
      expect(ok(o.first) && o.first.body.status).toBe("canceled");
      expect(o.again.status).toBe(o.first.status);
      expect(o.again.body).toEqual(o.first.body); // "returns it unchanged"
    },
    shows(o) {
      expect(ok(o.first) && o.first.body.status).toBe("canceled");
      expect(refused(o.again) && o.again.status).toBe(409);
    },
  },
  "no-auth": {
    run: async (s) => ({ none: await call(s, null, "GET", "/v1/payments"), bogus: await call(s, "pat_bogus", "GET", "/v1/payments") }),
    follows(o) {
      expect(refused(o.none) && o.none.status).toBe(401);
      expect(refused(o.bogus) && o.bogus.status).toBe(401);
    },
    shows(o) {
      expect(ok(o.none) && o.none.body.object).toBe("list");
      expect(refused(o.bogus) && o.bogus.status).toBe(401);
    },
  },
  "no-retry-after": {
    options: { rateLimit: 3 },
    async run(s) {
      // Windows are whole minutes of the sandbox clock: start at the top of one, so four requests share it.
      await s.clock.advance(60_000 - (s.clock.now() % 60_000) + 1);
      const answers: Answer[] = [];
      for (let i = 0; i < 4; i++) answers.push(await call(s, null, "GET", "/v1/payments"));
      return answers.at(-1)!;
    },
    follows(a) {
      expect(refused(a) && a.status).toBe(429);
      expect(Number(a.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    },
    shows(a) {
      expect(refused(a) && a.status).toBe(429);
      expect(a.headers.has("retry-after")).toBe(false);
      expect(a.headers.get("x-ratelimit-remaining")).toBe("0");
    },
  },
  "secret-key-as-token": {
    run: async (s) => ({ key: await call(s, s.secretKey, "GET", "/v1/payments"), other: await call(s, "sk_test_someoneelse", "GET", "/v1/payments") }),
    follows(o) {
      expect(refused(o.key) && o.key.status).toBe(401);
      expect(refused(o.other) && o.other.status).toBe(401);
    },
    shows(o) {
      expect(ok(o.key) && o.key.body.object).toBe("list");
      expect(refused(o.other) && o.other.status).toBe(401);
    },
  },
  "unknown-route-not-404": {
    run: (s, t) => call(s, t, "GET", "/v1/no-such-route"),
    follows: (a) => expect(refused(a) && a.status).toBe(404),
    shows(a) {
      expect(a.status).toBe(404);
      expect(refused(a)).toBe(false); // no { error: { code, … } } envelope
    },
  },
  "list-omits-newest": {
    async run(s, t) {
      const older = (await createPayment(s, t)).body.id;
      const newest = (await createPayment(s, t)).body.id;
      const ids = (await call(s, t, "GET", "/v1/payments?limit=100")).body.data.map((p: { id: string }) => p.id);
      return { older, newest, ids };
    },
    follows: (o) => expect(o.ids.slice(0, 2)).toEqual([o.newest, o.older]),
    shows(o) {
      expect(o.ids).not.toContain(o.newest);
      expect(o.ids[0]).toBe(o.older);
    },
  },
  "refund-not-counted": {
    async run(s, t) {
      const paid = await paidPayment(s, t);
      const refund = await call(s, t, "POST", `/v1/payments/${paid.id}/refunds`, { amount: 1 });
      return { refund, after: (await call(s, t, "GET", `/v1/payments/${paid.id}`)).body };
    },
    follows: (o) => expect(ok(o.refund) && o.after.amount_refunded).toBe(o.refund.body.amount),
    shows: (o) => expect(ok(o.refund) && o.after.amount_refunded).toBe(0),
  },
  "wrong-content-type": {
    run: async (s, t) => [await call(s, t, "GET", "/v1/payments"), await call(s, t, "GET", "/v1/payments/pay_none")],
    follows: (answers: Answer[]) => {
      for (const a of answers) expect(success("listPayments").mediaTypes).toContain(a.headers.get("content-type")!.split(";")[0]);
    },
    shows: (answers: Answer[]) => {
      for (const a of answers) expect(a.headers.get("content-type")).toMatch(/^text\/plain/);
      expect(answers[0]!.body.object).toBe("list"); // the body is still the JSON
    },
  },
  "illegal-transition": {
    async run(s, t) {
      const paid = await paidPayment(s, t);
      return { paid, cancel: await call(s, t, "POST", `/v1/payments/${paid.id}/cancel`) };
    },
    follows(o) {
      expect(o.paid.status).toBe("succeeded");
      expect(refused(o.cancel) && o.cancel.status).toBe(409);
    },
    shows: (o) => expect(ok(o.cancel) && o.cancel.body.status).toBe("canceled"),
  },
};

test("every fault in FAULTS has a differential case here, and a description a person can read in a report", () => {
  expect(Object.keys(cases).sort()).toEqual(Object.keys(FAULTS).sort());
  expect(Object.keys(FAULTS).length).toBeGreaterThanOrEqual(14);
  for (const text of Object.values(FAULTS)) expect(text).toMatch(/^\S.{20,}$/);
});

describe.each(Object.keys(FAULTS) as FaultName[])("fault %s", (name) => {
  const c = cases[name];
  const normal = useSandbox(c.options);
  const faulty = useSandbox({ ...c.options, faults: [name] });
  test("the same requests: the sandbox without faults follows the spec, the one with this fault shows it", async () => {
    c.follows(await c.run(normal.sandbox, await accessToken(normal.sandbox)));
    const seen = await c.run(faulty.sandbox, await accessToken(faulty.sandbox));
    c.shows(seen);
    expect(() => c.follows(seen)).toThrow();
  });
  // "Exactly that defect": every other case's requests still get the spec's answers from this faulty sandbox
  // (a case that needs other start options, such as a low rate limit, has no sandbox the others can run on).
  if (c.options === undefined) test("nothing else: every other fault's requests get the spec's answers", async () => {
    const token = await accessToken(faulty.sandbox);
    for (const [other, o] of Object.entries(cases) as [FaultName, Case<unknown>][]) {
      if (other === name || o.options !== undefined) continue;
      const seen = await o.run(faulty.sandbox, token);
      expect(() => o.follows(seen), `the requests of ${other}`).not.toThrow();
    }
  });
});

describe("the faults option", () => {
  test("is off by default", () => {
    expect(resolveOptions({}).faults.size).toBe(0);
  });

  test.each([[["no-such-fault"]], [["no-auth", "No-Auth"]], ["no-auth"], [[42]]])("%j is a TypeError that lists every valid fault name", async (faults) => {
    const error = await startSandbox({ port: 0, faults: faults as FaultName[] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    for (const valid of Object.keys(FAULTS)) expect((error as Error).message).toContain(valid);
  });

  test("payconnect sandbox --fault NAME is repeatable; an unknown name is a usage error naming --fault and the valid names", async () => {
    const names = Object.keys(FAULTS).slice(0, 2);
    expect(parse(["sandbox", ...names.flatMap((n) => ["--fault", n])]).values.fault).toEqual(names);
    const error = await serve(parse(["sandbox", "--port", "0", "--fault", "nope"]).values, () => {}).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^--fault .*"nope"/);
    for (const valid of Object.keys(FAULTS)) expect((error as Error).message).toContain(valid);
  });
});
