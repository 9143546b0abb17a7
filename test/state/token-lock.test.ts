// The shared token's lock (src/auth/shared-token.ts), driven directly with short times: a lock that is never
// released — its holder hangs, or someone wrote it without an expiry — is taken over once it has been held by the
// same holder for two lock periods; the token requested then is stored, so the next client does not wait again.
import { expect, test } from "vitest";
import { sharedTokens } from "../../src/auth/shared-token.ts";
import { memoryStore } from "../../src/entry/state.ts";

const lockMs = 200;

function client(store: ReturnType<typeof memoryStore>, requests: { count: number }) {
  return sharedTokens({
    store, secretKey: "sk_test_lock_takeover", audience: "http://127.0.0.1 payments.read", now: Date.now, marginSec: 0,
    fetchToken: async () => (requests.count++, { accessToken: `tok_${requests.count}_0123456789abcdef`, expiresIn: 3600 }),
    onStore: () => undefined, timing: { lockMs, pollMs: 10 },
  });
}

test("a stuck lock is taken over after two lock periods: one token request, stored for the next client", async () => {
  const store = memoryStore();
  const requests = { count: 0 };
  const first = client(store, requests);
  // Any key that is the lock: held by "someone" for an hour. Its name is the client's to choose, so find it by trying.
  const realAdd = store.add.bind(store);
  let lockKey: string | undefined;
  store.add = async (key, value, ttl) => {
    if (key.startsWith("token-lock:") && lockKey === undefined) {
      lockKey = key;
      await realAdd(key, "stuck-holder", 3_600_000);
    }
    return realAdd(key, value, ttl);
  };
  const started = Date.now();
  const token = await first.fetch();
  const waited = Date.now() - started;
  expect(lockKey).toBeDefined();
  expect(requests.count).toBe(1);
  expect(waited).toBeGreaterThanOrEqual(2 * lockMs);
  expect(waited).toBeLessThan(20 * lockMs);
  // The next client finds the stored token: no request, no wait.
  const second = client(store, requests);
  expect((await second.fetch()).accessToken).toBe(token.accessToken);
  expect(requests.count).toBe(1);
});
