// Credentials, idempotency, rate limit and validation as the spec documents them.
import { expect, test } from "vitest";
import { errorStatus, headerParams } from "../../generated/server-table.ts";
import { startSandbox } from "../../packages/sandbox/src/index.ts";
import { createPayConnect } from "../../src/entry/node.ts";
import { requestExample } from "../helpers/spec-examples.ts";
import { paymentBody, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();
const DAY_MS = 24 * 60 * 60 * 1000;

async function token(url: string, key: string, scope = requestExample("createAccessToken").scope): Promise<Response> {
  return fetch(`${url}/v1/auth/token`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ scope }) });
}
async function post(path: string, accessToken: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(s.sandbox.url + path, { method: "POST", headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}
const accessToken = async (scope?: string) => ((await (await token(s.sandbox.url, s.sandbox.secretKey, scope)).json()) as { access_token: string }).access_token;

test("the token exchange takes only the sandbox's sk_test_ key; the key is no access token", async () => {
  expect((await token(s.sandbox.url, s.sandbox.secretKey)).status).toBe(200);
  for (const key of ["sk_live_" + "x".repeat(24), "sk_test_wrongwrongwrong"]) {
    const res = await token(s.sandbox.url, key);
    expect(res.status).toBe(errorStatus.unauthorized);
    expect(JSON.stringify(await res.json())).not.toContain(key);
  }
  const res = await fetch(`${s.sandbox.url}/v1/payments`, { headers: { authorization: `Bearer ${s.sandbox.secretKey}` } });
  expect(res.status).toBe(errorStatus.unauthorized);
  expect((await fetch(`${s.sandbox.url}/v1/payments`)).status).toBe(errorStatus.unauthorized);
});

test("a read-only token cannot write (403 forbidden); tokens expire after 24 h on the sandbox clock", async () => {
  const reader = await accessToken("payments.read");
  const res = await post("/v1/payments", reader, paymentBody());
  expect([res.status, ((await res.json()) as any).error.code]).toEqual([errorStatus.forbidden, "forbidden"]);
  const writer = await accessToken();
  expect((await post("/v1/payments", writer, paymentBody())).status).toBe(201);
  await s.sandbox.clock.advance(DAY_MS);
  expect((await post("/v1/payments", writer, paymentBody())).status).toBe(errorStatus.unauthorized);
});

test("revoked tokens get 401, and the SDK refreshes once and goes on", async () => {
  const tokenRequests: string[] = [];
  const pc = createPayConnect({
    secretKey: s.sandbox.secretKey,
    baseUrl: s.sandbox.url,
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.endsWith("/v1/auth/token")) tokenRequests.push(url);
      return fetch(input, init);
    },
  });
  await pc.listPayments({ limit: 1 });
  const res = await fetch(`${s.sandbox.url}/_sandbox/tokens/revoke`, { method: "POST" });
  expect(((await res.json()) as { revoked: number }).revoked).toBeGreaterThan(0);
  await pc.listPayments({ limit: 1 });
  expect(tokenRequests).toHaveLength(2);
  await pc.close();
});

test("Idempotency-Key: same body replays the first response, another body is 409, another key is a new payment", async () => {
  const t = await accessToken();
  const key = `order-${Date.now()}`;
  const first = await post("/v1/payments", t, paymentBody(), { "idempotency-key": key });
  const again = await post("/v1/payments", t, paymentBody(), { "idempotency-key": key });
  expect(again.status).toBe(first.status);
  const [a, b] = [await first.json(), await again.json()];
  expect(b).toEqual(a);
  const other = await post("/v1/payments", t, { ...paymentBody(), amount: paymentBody().amount + 1 }, { "idempotency-key": key });
  expect([other.status, ((await other.json()) as any).error.code]).toEqual([errorStatus.idempotency_conflict, "idempotency_conflict"]);
  const fresh = await (await post("/v1/payments", t, paymentBody(), { "idempotency-key": `${key}-2` })).json();
  expect((fresh as any).id).not.toBe((a as any).id);
});

test("Idempotency-Key: records are kept 24 hours on the sandbox clock", async () => {
  const t = await accessToken();
  const key = `retention-${Date.now()}`;
  const a = (await (await post("/v1/payments", t, paymentBody(), { "idempotency-key": key })).json()) as any;
  await s.sandbox.clock.advance(DAY_MS - 60_000);
  const t2 = await accessToken();
  expect(((await (await post("/v1/payments", t2, paymentBody(), { "idempotency-key": key })).json()) as any).id).toBe(a.id);
  await s.sandbox.clock.advance(60_000);
  const t3 = await accessToken();
  expect(((await (await post("/v1/payments", t3, paymentBody(), { "idempotency-key": key })).json()) as any).id).not.toBe(a.id);
});

test("validation errors carry the spec's x-error-code, status and param; headers are checked too", async () => {
  const t = await accessToken();
  const bad = await post("/v1/payments", t, { ...paymentBody(), amount: 0 });
  expect(bad.status).toBe(errorStatus.invalid_amount);
  expect(((await bad.json()) as any).error).toMatchObject({ code: "invalid_amount", param: "/amount" });
  const email = await post("/v1/payments", t, { ...paymentBody(), customer: { email: "not-an-email" } });
  expect(((await email.json()) as any).error).toMatchObject({ code: "invalid_email", param: "/customer/email" });
  const notJson = await fetch(`${s.sandbox.url}/v1/payments`, { method: "POST", headers: { authorization: `Bearer ${t}`, "content-type": "application/json" }, body: "{" });
  expect([notJson.status, ((await notJson.json()) as any).error.code]).toEqual([errorStatus.invalid_request, "invalid_request"]);
  expect(headerParams.createPayment).toContain("Idempotency-Key");
  const longKey = await post("/v1/payments", t, paymentBody(), { "idempotency-key": "k".repeat(65) });
  expect(longKey.status).toBe(errorStatus.invalid_request);
  const limit = await fetch(`${s.sandbox.url}/v1/payments?limit=1000`, { headers: { authorization: `Bearer ${t}` } });
  expect([limit.status, ((await limit.json()) as any).error.param]).toEqual([errorStatus.invalid_request, "/limit"]);
});

test("rate limit: documented headers on every answer; over the limit 429 rate_limited with Retry-After, until the minute ends", async () => {
  const sandbox = await startSandbox({ port: 0, rateLimit: 3 });
  try {
    // Windows are whole minutes of the sandbox clock: start at the top of one, so four requests share it.
    await sandbox.clock.advance(60_000 - (sandbox.clock.now() % 60_000) + 1);
    const answers: Response[] = [];
    for (let i = 0; i < 4; i++) answers.push(await token(sandbox.url, sandbox.secretKey));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, errorStatus.rate_limited]);
    expect(answers.map((r) => r.headers.get("x-ratelimit-remaining"))).toEqual(["2", "1", "0", "0"]);
    expect(answers[0]!.headers.get("x-ratelimit-limit")).toBe("3");
    const retryAfter = Number(answers[3]!.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(answers[3]!.headers.get("x-ratelimit-reset")) * 1000).toBeGreaterThan(sandbox.clock.now());
    await sandbox.clock.advance(retryAfter * 1000);
    expect((await token(sandbox.url, sandbox.secretKey)).status).toBe(200);
  } finally {
    await sandbox.close();
  }
});

test("the SDK keeps the server's own reason when the secret key is refused, and never echoes the key", async () => {
  const wrong = "sk_test_" + "q".repeat(24);
  const pc = createPayConnect({ secretKey: wrong, baseUrl: s.sandbox.url, maxRetries: 0 });
  const raw = (await (await token(s.sandbox.url, wrong)).json()) as { error: { message: string } };
  const error = (await pc.listPayments().catch((e: unknown) => e)) as Error;
  expect(error.message).toContain(raw.error.message.replace(/\.$/, ""));
  expect(error.message).toMatch(/secretKey/);
  expect(error.message).not.toContain(wrong);
  await pc.close();
});
