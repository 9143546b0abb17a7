// A custom SharedStore that misbehaves — never answers, throws instead of rejecting, answers garbage — must cost a
// call no more than a store that is down: the client goes on with its own token and budget, and the webhook
// de-duplication fails loudly (SharedStoreError) instead of hanging.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Sandbox, startSandbox } from "../../packages/sandbox/src/index.ts";
import { createPayConnect } from "../../src/entry/node.ts";
import { type SharedStore, SharedStoreError, createWebhookDeduplicator, memoryStore, shareState } from "../../src/entry/state.ts";
import { within } from "../helpers/within.ts";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox.close();
});

type Behaviour = "hangs" | "throws" | "garbage";
/** Every method of the store behaves as `how`. */
function hostile(how: Behaviour): SharedStore {
  const act = (): Promise<never> => {
    if (how === "throws") throw new Error("sync failure");
    if (how === "hangs") return new Promise<never>(() => {});
    return Promise.resolve({ nonsense: true } as never);
  };
  return { description: `a store that ${how}`, add: act, get: act, replace: act, remove: act, take: act, settle: act };
}

describe.each(["hangs", "throws", "garbage"] as const)("a store that %s", (how) => {
  test("API calls still succeed, each well within its timeout", async () => {
    const pc = createPayConnect({ secretKey: sandbox.secretKey, baseUrl: sandbox.url, shared: shareState(hostile(how)), timeoutMs: 10_000, logLevel: "off" });
    try {
      const started = Date.now();
      expect(await within(15_000, Promise.all([pc.listPayments(), pc.listPayments()]))).toBe("resolved");
      expect(await within(15_000, pc.listPayments())).toBe("resolved");
      expect(Date.now() - started).toBeLessThan(9_000);
    } finally {
      pc.close();
    }
  }, 30_000);

  test("the webhook de-duplication rejects with SharedStoreError, and does not run process", async () => {
    const dedupe = createWebhookDeduplicator({ store: hostile(how) });
    let processed = 0;
    const error = await within(15_000, dedupe.once("evt_hostile", () => { processed++; }));
    expect(error).toBeInstanceOf(SharedStoreError);
    expect(processed).toBe(0);
  }, 30_000);
});

test("a store that fails only when releasing (remove throws synchronously): the process's own error still comes back", async () => {
  const base = memoryStore();
  const store: SharedStore = { ...base, description: "releases badly", remove: () => { throw new Error("sync remove failure"); } };
  const boom = new Error("boom");
  await expect(createWebhookDeduplicator({ store }).once("evt_release", () => { throw boom; })).rejects.toBe(boom);
});
