// Access token: lazy, cached per client, refreshed inside the margin, single-flight, one retry on 401.
import { describe, expect, test } from "vitest";
import { AuthenticationError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, TOKEN, errorReply, fakeApi, fakeTime, payment, tokenReply } from "../../helpers/fake-api.ts";

const ok = () => ({ status: 200, body: payment });

function client(api: ReturnType<typeof fakeApi>, time = fakeTime(), extra = {}) {
  return createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
}

describe("access token", () => {
  test("is fetched lazily with the secret key and the default scope", async () => {
    const api = fakeApi(ok);
    const pc = client(api);
    expect(api.requests).toHaveLength(0);
    await pc.getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(1);
    expect(api.tokenRequests[0]!.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(JSON.parse(api.tokenRequests[0]!.body!)).toEqual({ scope: "payments.read payments.write" });
    expect(api.apiRequests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  test("1 000 concurrent calls on a cold client make exactly one token request", async () => {
    const api = fakeApi(ok, async () => {
      await new Promise((r) => setTimeout(r, 5));
      return tokenReply();
    });
    const pc = client(api);
    const results = await Promise.all(Array.from({ length: 1000 }, () => pc.getPayment(payment.id)));
    expect(results).toHaveLength(1000);
    expect(api.tokenRequests).toHaveLength(1);
    expect(api.apiRequests).toHaveLength(1000);
  });

  test("1 000 concurrent calls with the token inside the refresh margin make exactly one more, and use the valid token without waiting", async () => {
    const time = fakeTime();
    let answerRefresh: (() => void) | undefined;
    const api = fakeApi(ok, async (_req, i) => {
      if (i > 0) await new Promise<void>((resolve) => (answerRefresh = resolve));
      return tokenReply(`pat_token_abcdef_${i}`);
    });
    const pc = client(api, time);
    await pc.getPayment(payment.id);
    time.advance((86_400 - 299) * 1000); // 299 s before expiry: inside the default 300 s margin
    // All answered while the refresh is still unanswered.
    await Promise.all(Array.from({ length: 1000 }, () => pc.getPayment(payment.id)));
    expect(api.tokenRequests).toHaveLength(2);
    expect(new Set(api.apiRequests.slice(1).map((r) => r.headers.authorization))).toEqual(new Set(["Bearer pat_token_abcdef_0"]));
    answerRefresh!();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await pc.getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(2);
    expect(api.apiRequests.at(-1)!.headers.authorization).toBe("Bearer pat_token_abcdef_1");
  });

  test.each([
    ["just outside the margin: cached", 86_400 - 301, 1],
    ["inside the margin: refreshed", 86_400 - 299, 2],
    ["expired: refreshed", 86_401, 2],
  ])("%s", async (_name, elapsedSec, tokenRequests) => {
    const time = fakeTime();
    const api = fakeApi(ok);
    const pc = client(api, time);
    await pc.getPayment(payment.id);
    time.advance(elapsedSec * 1000);
    await pc.getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(tokenRequests);
  });

  test("tokenRefreshMarginSec is honoured", async () => {
    const time = fakeTime();
    const api = fakeApi(ok);
    const pc = client(api, time, { tokenRefreshMarginSec: 3600 });
    await pc.getPayment(payment.id);
    time.advance((86_400 - 3599) * 1000);
    await pc.getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(2);
  });

  test("each client has its own token (no module-level cache)", async () => {
    const api = fakeApi(ok);
    await client(api).getPayment(payment.id);
    await client(api).getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(2);
  });

  test("a 401 mid-session refreshes the token and retries the request once", async () => {
    const api = fakeApi((req) => (req.headers.authorization === "Bearer pat_token_abcdef_0" ? errorReply(401, "unauthorized") : ok()),
      (_r, i) => tokenReply(`pat_token_abcdef_${i}`));
    const pc = client(api);
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
    expect(api.tokenRequests).toHaveLength(2);
    expect(api.apiRequests.map((r) => r.headers.authorization)).toEqual(["Bearer pat_token_abcdef_0", "Bearer pat_token_abcdef_1"]);
  });

  test("a 401 that persists after the refresh is thrown, not looped", async () => {
    const api = fakeApi(() => errorReply(401, "unauthorized"));
    const pc = client(api);
    await expect(pc.getPayment(payment.id)).rejects.toBeInstanceOf(AuthenticationError);
    expect(api.tokenRequests).toHaveLength(2);
    expect(api.apiRequests).toHaveLength(2);
  });

  test("a 401 from the token endpoint says the secret key was rejected, without printing it", async () => {
    const api = fakeApi(ok, () => errorReply(401, "unauthorized"));
    const pc = client(api);
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/rejected the secret key/);
    expect(String(error) + JSON.stringify(error)).not.toContain(SECRET);
    expect(api.apiRequests).toHaveLength(0);
  });

  test("a failed token request is not cached: the next call tries again", async () => {
    const api = fakeApi(ok, (_r, i) => (i === 0 ? errorReply(500, "internal_error") : tokenReply()));
    const pc = client(api, fakeTime(), { maxRetries: 0 }); // no retry inside the call: the failure reaches the caller
    await expect(pc.getPayment(payment.id)).rejects.toMatchObject({ status: 500 });
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
    expect(api.tokenRequests).toHaveLength(2);
  });
});
