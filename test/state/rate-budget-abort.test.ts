// rateBudget (src/transport/rate-budget.ts) directly: a slot granted to an attempt that had already given up (its
// timeout fired while the store was answering) is not held for ever — uses in flight are stamped again until settled,
// so one nobody settles would otherwise keep its slot for as long as the process runs.
import { expect, test } from "vitest";
import { memoryStore } from "../../src/entry/state.ts";
import { rateBudget } from "../../src/transport/rate-budget.ts";

test("a slot that comes after its attempt gave up is let go: the budget frees again a window later", async () => {
  const base = memoryStore();
  // The store answers take 50 ms late: the attempt gives up meanwhile.
  const slow = { ...base, description: "slow", take: async (...a: Parameters<typeof base.take>) => (await new Promise((r) => setTimeout(r, 50)), base.take(...a)) };
  const budget = rateBudget({ store: slow, key: "k", limit: 1, windowMs: 300, now: Date.now, onStore: () => undefined });
  let gaveUp = false;
  setTimeout(() => (gaveUp = true), 10);
  await expect(budget.acquire(5_000, (ms) => new Promise((r) => setTimeout(r, ms)), () => gaveUp)).rejects.toThrow(/gave up/);
  // Within a few windows the slot is free again (not stamped again and again by nobody's request).
  const started = Date.now();
  const slot = await budget.acquire(5_000, (ms) => new Promise((r) => setTimeout(r, ms)));
  expect(typeof slot).toBe("object");
  expect(Date.now() - started).toBeLessThan(2_000);
});
