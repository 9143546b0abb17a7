// The token exchange under failure: retried like any transient failure, an early refresh runs behind calls
// that go on with the still-valid token (its failure logged, not thrown), malformed token responses are
// refused, and the refresh margin's exact edges.
import { describe, expect, test } from "vitest";
import { UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, type Reply, errorReply, fakeApi, fakeTime, payment, tokenReply } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const ok = (): Reply => ({ status: 200, body: payment });
const DAY_MS = 86_400_000;
const MARGIN_MS = 300_000; // the client's default tokenRefreshMarginSec

function capture() {
  const lines: { level: string; message: string; fields: unknown }[] = [];
  const at = (level: string) => (message: string, fields?: unknown) => lines.push({ level, message, fields });
  return { lines, logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") } };
}

async function waitFor(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(ready()).toBe(true);
}

function client(api: ReturnType<typeof fakeApi>, time = fakeTime(), extra = {}) {
  return createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
}

describe("the token request is retried like any transient failure", () => {
  test.each([
    ["503", errorReply(503, "internal_error")],
    ["429 with Retry-After", errorReply(429, "rate_limited", { "retry-after": "1" })],
    ["a reset connection", new TypeError("fetch failed", { cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }) })],
  ])("%s, then a token: the call succeeds", async (_name, failure) => {
    const api = fakeApi(ok, (_r, i) => (i === 0 ? failure : tokenReply()));
    await expect(client(api).getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
    expect(api.tokenRequests).toHaveLength(2);
  });

  test("within maxRetries only", async () => {
    const api = fakeApi(ok, () => errorReply(503, "internal_error"));
    await expect(client(api, fakeTime(), { maxRetries: 3 }).getPayment(payment.id)).rejects.toMatchObject({ status: 503 });
    expect(api.tokenRequests).toHaveLength(4);
    expect(api.apiRequests).toHaveLength(0);
  });

  test("a 400 from the token endpoint is not retried", async () => {
    const api = fakeApi(ok, () => errorReply(400, "invalid_request"));
    await expect(client(api).getPayment(payment.id)).rejects.toMatchObject({ status: 400 });
    expect(api.tokenRequests).toHaveLength(1);
  });
});

describe("a failed early refresh while the cached token is still valid", () => {
  function failingAfterFirst() {
    let failing = true;
    const api = fakeApi(ok, (_r, i) => (i === 0 ? tokenReply("pat_first_abcdefg") : failing ? errorReply(503, "internal_error") : tokenReply(`pat_next_abcdefg_${i}`)));
    return { api, heal: () => (failing = false) };
  }

  test("the valid token is used without waiting; the failure is logged at warn, and the next call tries again", async () => {
    let answerRefresh: ((reply: Reply) => void) | undefined;
    const api = fakeApi(ok, (_r, i) => (i === 0 ? tokenReply("pat_first_abcdefg") : i === 1 ? new Promise<Reply>((resolve) => (answerRefresh = resolve)) : tokenReply(`pat_next_abcdefg_${i}`)));
    const time = fakeTime();
    const { lines, logger } = capture();
    const pc = client(api, time, { maxRetries: 0, logger, logLevel: "warn" });
    await pc.getPayment(payment.id);
    time.advance(DAY_MS - MARGIN_MS); // inside the margin
    // Answered while the refresh it started is still unanswered: the call did not wait for it.
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
    expect(answerRefresh).toBeDefined();
    expect(api.apiRequests[1]!.headers.authorization).toBe("Bearer pat_first_abcdefg");
    expect(lines).toEqual([]);
    answerRefresh!(errorReply(503, "internal_error"));
    const warnings = () => lines.filter((l) => l.level === "warn");
    await waitFor(() => warnings().length > 0);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]!.message).toMatch(/refreshing the access token .*failed: 503 internal_error.*next one tries again/);
    // No call failed: the warning is the only line, no "error" line of the token request's own.
    expect(lines.map((l) => l.level)).toEqual(["warn"]);
    expect(JSON.stringify(lines)).not.toContain("pat_first_abcdefg");
    expect(JSON.stringify(lines)).not.toContain(SECRET);
    // The failure was not kept: the next call starts a new refresh, and still goes on with the valid token.
    await pc.getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(3);
    expect(api.apiRequests[2]!.headers.authorization).toBe("Bearer pat_first_abcdefg");
    await waitFor(() => api.apiRequests.length === 3);
    await pc.getPayment(payment.id);
    expect(api.apiRequests[3]!.headers.authorization).toBe("Bearer pat_next_abcdefg_2");
  });

  test("many calls during one failing refresh: one token request, one warning", async () => {
    let answerRefresh: ((reply: Reply) => void) | undefined;
    const api = fakeApi(ok, (_r, i) => (i === 0 ? tokenReply("pat_first_abcdefg") : new Promise<Reply>((resolve) => (answerRefresh = resolve))));
    const time = fakeTime();
    const { lines, logger } = capture();
    const pc = client(api, time, { maxRetries: 0, logger, logLevel: "warn" });
    await pc.getPayment(payment.id);
    time.advance(DAY_MS - MARGIN_MS);
    await Promise.all(Array.from({ length: 20 }, () => pc.getPayment(payment.id)));
    answerRefresh!(errorReply(503, "internal_error"));
    const warnings = () => lines.filter((l) => l.level === "warn");
    await waitFor(() => warnings().length > 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(warnings()).toHaveLength(1);
    expect(api.tokenRequests).toHaveLength(2);
  });

  test("one millisecond before expiry the cached token is still used", async () => {
    const { api } = failingAfterFirst();
    const time = fakeTime();
    const pc = client(api, time, { maxRetries: 0 });
    await pc.getPayment(payment.id);
    time.advance(DAY_MS - 1);
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
    expect(api.apiRequests[1]!.headers.authorization).toBe("Bearer pat_first_abcdefg");
  });

  test("at expiry the failure is thrown: an expired token is never sent", async () => {
    const { api } = failingAfterFirst();
    const time = fakeTime();
    const pc = client(api, time, { maxRetries: 0 });
    await pc.getPayment(payment.id);
    time.advance(DAY_MS);
    await expect(pc.getPayment(payment.id)).rejects.toMatchObject({ status: 503 });
    expect(api.apiRequests).toHaveLength(1);
  });
});

describe("inside the margin the valid token is used at once; the refresh runs behind the call", () => {
  const server = useFaultServer();

  test("a token endpoint that hangs delays no call while the cached token is valid (real server, timeoutMs 1000)", async () => {
    let nowMs = Date.parse("2026-11-29T12:00:00Z");
    const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, timeoutMs: 1000, now: () => nowMs });
    try {
      await pc.getPayment(payment.id);
      nowMs += DAY_MS - MARGIN_MS; // inside the margin
      server.tokenFaults.push({ kind: "hang" }, { kind: "hang" }, { kind: "hang" }); // every attempt of the refresh (maxRetries 2)
      const started = performance.now();
      await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
      expect(performance.now() - started).toBeLessThan(1000); // never waited on the hanging refresh
      expect(server.requests.map((r) => r.headers.authorization)).toEqual(["Bearer pat_srv_abcdefg_0", "Bearer pat_srv_abcdefg_0"]);
      expect(server.tokenRequests).toHaveLength(2); // the refresh was started, once, and is still hanging
    } finally {
      pc.close();
    }
  });
});

describe("the refresh margin's edges", () => {
  test.each([
    ["1 ms before the margin: cached", DAY_MS - MARGIN_MS - 1, 1],
    ["exactly at the margin: refreshed", DAY_MS - MARGIN_MS, 2],
  ])("%s", async (_name, elapsedMs, tokenRequests) => {
    const time = fakeTime();
    const api = fakeApi(ok);
    const pc = client(api, time);
    await pc.getPayment(payment.id);
    time.advance(elapsedMs);
    await pc.getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(tokenRequests);
  });

  test.each([
    ["1 ms before half the lifetime: cached", 299_999, 1],
    ["at half the lifetime: refreshed", 300_000, 2],
  ])("a margin longer than half a 600 s lifetime is capped there — %s", async (_name, elapsedMs, tokenRequests) => {
    const time = fakeTime();
    const api = fakeApi(ok, () => tokenReply(undefined, 600));
    const pc = client(api, time, { tokenRefreshMarginSec: 3600 });
    await pc.getPayment(payment.id);
    time.advance(elapsedMs);
    await pc.getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(tokenRequests);
  });
});

describe("an unusable token response is refused", () => {
  const token = (fields: Record<string, unknown>): Reply => ({ status: 200, body: { token_type: "Bearer", ...fields } });
  test.each<[string, Reply]>([
    ["an empty access_token", token({ access_token: "", expires_in: 86_400 })],
    ["no access_token", token({ expires_in: 86_400 })],
    ["a numeric access_token", token({ access_token: 12345, expires_in: 86_400 })],
    ["an access_token a header cannot carry", token({ access_token: "pat_a\r\nX-Injected: 1", expires_in: 86_400 })],
    ["expires_in 0", token({ access_token: "pat_x_abcdefghijk", expires_in: 0 })],
    ["a negative expires_in", token({ access_token: "pat_x_abcdefghijk", expires_in: -1 })],
    ["expires_in as a string", token({ access_token: "pat_x_abcdefghijk", expires_in: "86400" })],
    ["no expires_in", token({ access_token: "pat_x_abcdefghijk" })],
    ["an infinite expires_in (1e999 in JSON)", { status: 200, raw: '{"access_token":"pat_x_abcdefghijk","expires_in":1e999}' }],
    ["a body that is not JSON", { status: 200, raw: "<html>maintenance</html>", headers: { "content-type": "text/html" } }],
    ["a JSON null", { status: 200, raw: "null" }],
  ])("%s", async (_name, reply) => {
    const api = fakeApi(ok, () => reply);
    const error = await client(api).getPayment(payment.id).catch((e: unknown) => e);
    // What came back is not a token the SDK can use: the same error as any other unusable 2xx.
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/access_token|not JSON/);
    expect((error as Error).message).toMatch(/createAccessToken|POST/);
    expect((error as Error).message).not.toContain("pat_a");
    expect(api.apiRequests).toHaveLength(0);
    expect(api.tokenRequests).toHaveLength(1); // final: the same request would get the same answer
  });
});
