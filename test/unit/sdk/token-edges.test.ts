// The token cache when events overlap: two 401s for one token, a token revoked while an early refresh is
// in flight, and a token response that is not JSON. Written against mutants a Stryker run left alive in src/auth.
import { expect, test } from "vitest";
import { ConnectionError, PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, type Reply, errorReply, fakeApi, fakeTime, payment, tokenReply } from "../../helpers/fake-api.ts";
import { TokenManager } from "../../../src/auth/token-manager.js";

const ok = (): Reply => ({ status: 200, body: payment });
const DAY_MS = 86_400_000;
const MARGIN_MS = 300_000; // the client's default tokenRefreshMarginSec

test("two calls that get a 401 for the same token at once share one refresh", async () => {
  const api = fakeApi((req) => (req.headers.authorization === "Bearer pat_one_abcdefghij" ? errorReply(401, "unauthorized") : ok()),
    (_r, i) => tokenReply(["pat_one_abcdefghij", "pat_two_abcdefghij", "pat_three_abcdefghij"][i]));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
  await expect(Promise.all([pc.getPayment(payment.id), pc.getPayment(payment.id)])).resolves.toHaveLength(2);
  expect(api.tokenRequests).toHaveLength(2);
});

test.each([
  ["succeeds: the call is resent once with the new token", tokenReply("pat_two_abcdefghij"), ["Bearer pat_one_abcdefghij", "Bearer pat_one_abcdefghij", "Bearer pat_two_abcdefghij"], { id: payment.id }],
  ["fails: the call fails with its error, the revoked token is not sent again", errorReply(400, "invalid_request"), ["Bearer pat_one_abcdefghij", "Bearer pat_one_abcdefghij"], { status: 400 }],
])("a 401 for the valid token a call used inside the margin waits for the refresh already in flight, which %s", async (_name, refreshed, sent, outcome) => {
  // A, inside the refresh margin, goes on with pat_one_abcdefghij while the refresh it started is pending. The server
  // has revoked pat_one_abcdefghij: the 401 drops it, and A now waits for that same refresh (no second one).
  let answerRefresh: ((reply: Reply) => void) | undefined;
  let revoked = false;
  const api = fakeApi(
    (req) => (revoked && req.headers.authorization === "Bearer pat_one_abcdefghij" ? errorReply(401, "unauthorized") : ok()),
    (_r, i) => (i === 0 ? tokenReply("pat_one_abcdefghij") : new Promise<Reply>((resolve) => (answerRefresh = resolve))),
  );
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 0 });
  await pc.getPayment(payment.id);
  time.advance(DAY_MS - MARGIN_MS + 1);
  revoked = true;
  const a = pc.getPayment(payment.id).catch((e: unknown) => e);
  await waitFor(() => api.apiRequests.length === 2 && answerRefresh !== undefined);
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(api.apiRequests).toHaveLength(2); // A got its 401 and waits: pat_one_abcdefghij is not sent again
  expect(api.tokenRequests).toHaveLength(2);
  answerRefresh!(refreshed);
  expect(await a).toMatchObject(outcome);
  expect(api.tokenRequests).toHaveLength(2);
  expect(api.apiRequests.map((r) => r.headers.authorization)).toEqual(sent);
});

test("a 200 token response that is not JSON is a PayConnectError at once: no retry, not a ConnectionError", async () => {
  const api = fakeApi(ok, () => ({ status: 200, raw: "<html>maintenance</html>", headers: { "content-type": "text/html" } }));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PayConnectError);
  expect(error).not.toBeInstanceOf(ConnectionError);
  expect(api.tokenRequests).toHaveLength(1);
});

async function waitFor(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  expect(ready()).toBe(true);
}

test("the token request declares its JSON body", async () => {
  const api = fakeApi(ok);
  const time = fakeTime();
  await createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep }).getPayment(payment.id);
  expect(api.tokenRequests[0]!.headers["content-type"]).toBe("application/json");
  expect(JSON.parse(api.tokenRequests[0]!.body!)).toHaveProperty("scope");
});

test("a client that has fetched no token yet remembers none for scrubbing; then the newest few, oldest dropped first", async () => {
  let n = 0;
  const manager = new TokenManager(async () => ({ accessToken: `pat_${++n}`, expiresIn: 1 }), () => 0, 0, () => expect.unreachable());
  expect(manager.issued()).toEqual([]);
  for (let i = 0; i < 6; i++) {
    await manager.get();
    manager.invalidate(`pat_${n}`);
  }
  expect(manager.issued()).toEqual(["pat_3", "pat_4", "pat_5", "pat_6"]);
});
