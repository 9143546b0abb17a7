// What every SharedStore must do, as tests any store's file declares with storeContract(name, makeStore). Timing
// tests use real, short times to live and poll for the outcome, so a slow machine makes them slower, not red.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SharedStore } from "../../src/state/store.ts";

export type ClosableStore = SharedStore & { close?(): Promise<void> };

export interface ContractOptions {
  /** Strings the description must not contain (the password of the store's URL). */
  secrets?: string[];
}

/** Resolves once `check` resolves true; rejects with `what` after `ms`. */
export async function eventually(what: string, check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const use = () => randomUUID();

export function storeContract(name: string, makeStore: () => Promise<ClosableStore>, options: ContractOptions = {}): void {
  describe(`${name}: the SharedStore contract`, () => {
    let store: ClosableStore;
    let key: (suffix?: string) => string;
    beforeEach(async () => {
      store = await makeStore();
      const base = `contract:${randomUUID()}`;
      key = (suffix = "k") => `${base}:${suffix}`;
    });
    afterEach(async () => {
      await store.close?.();
    });

    it("add stores a value once: a second add of the key resolves false and keeps the first value", async () => {
      expect(await store.add(key(), "first", 60_000)).toBe(true);
      expect(await store.add(key(), "second", 60_000)).toBe(false);
      expect(await store.get(key())).toBe("first");
    });

    it("of 50 concurrent adds of one key exactly one resolves true, and its value is the one stored", async () => {
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.add(key(), `v${i}`, 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.get(key())).toBe(`v${results.indexOf(true)}`);
    });

    it("get of a key never added is undefined; keys are independent; values round-trip exactly", async () => {
      expect(await store.get(key("never"))).toBeUndefined();
      const values = ["", "plain", "ünïcödé ✓ 🧾", " spaces and\nnewlines ", "0", "null", "a".repeat(10_000)];
      for (const [i, value] of values.entries()) expect(await store.add(key(`v${i}`), value, 60_000)).toBe(true);
      for (const [i, value] of values.entries()) expect(await store.get(key(`v${i}`))).toBe(value);
      expect(await store.add(key("odd key: with spaces/ünï"), "x", 60_000)).toBe(true);
      expect(await store.get(key("odd key: with spaces/ünï"))).toBe("x");
    });

    it("a value expires after its time to live: get is then undefined and add stores the key again", async () => {
      expect(await store.add(key("short"), "v", 100)).toBe(true);
      expect(await store.add(key("long"), "v", 60_000)).toBe(true);
      await eventually("the 100 ms key expires", async () => (await store.get(key("short"))) === undefined);
      expect(await store.get(key("long"))).toBe("v");
      expect(await store.add(key("short"), "again", 60_000)).toBe(true);
      expect(await store.get(key("short"))).toBe("again");
    });

    it("replace swaps the value only while it is the expected one", async () => {
      expect(await store.replace(key(), "a", "b", 60_000)).toBe(false); // no key: nothing to replace
      expect(await store.get(key())).toBeUndefined();
      await store.add(key(), "a", 60_000);
      expect(await store.replace(key(), "not-a", "b", 60_000)).toBe(false);
      expect(await store.get(key())).toBe("a");
      expect(await store.replace(key(), "a", "b", 60_000)).toBe(true);
      expect(await store.get(key())).toBe("b");
      expect(await store.replace(key(), "a", "c", 60_000)).toBe(false); // "a" is gone
      expect(await store.get(key())).toBe("b");
    });

    it("of 50 concurrent replaces from one expected value exactly one resolves true", async () => {
      await store.add(key(), "v0", 60_000);
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.replace(key(), "v0", `w${i}`, 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.get(key())).toBe(`w${results.indexOf(true)}`);
    });

    it("replace sets the new time to live: shorter ends the key, longer keeps it past the old one", async () => {
      await store.add(key("shorter"), "a", 60_000);
      expect(await store.replace(key("shorter"), "a", "b", 100)).toBe(true);
      await eventually("the key replaced with a 100 ms time to live expires", async () => (await store.get(key("shorter"))) === undefined);

      const added = Date.now();
      await store.add(key("longer"), "a", 1000);
      expect(await store.replace(key("longer"), "a", "b", 60_000)).toBe(true);
      await sleep(Math.max(0, added + 1300 - Date.now())); // past the first time to live
      expect(await store.get(key("longer"))).toBe("b");
    });

    it("remove deletes the key only while its value is the expected one", async () => {
      expect(await store.remove(key(), "a")).toBe(false); // no key
      await store.add(key(), "a", 60_000);
      expect(await store.remove(key(), "not-a")).toBe(false);
      expect(await store.get(key())).toBe("a");
      expect(await store.remove(key(), "a")).toBe(true);
      expect(await store.get(key())).toBeUndefined();
      expect(await store.remove(key(), "a")).toBe(false);
      expect(await store.add(key(), "b", 60_000)).toBe(true);
    });

    it("of 50 concurrent removes with the right value exactly one resolves true", async () => {
      await store.add(key(), "v", 60_000);
      const results = await Promise.all(Array.from({ length: 50 }, () => store.remove(key(), "v")));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.get(key())).toBeUndefined();
    });

    it("a time to live that is not a whole number of milliseconds ≥ 1 rejects with RangeError and writes nothing", async () => {
      await store.add(key("existing"), "a", 60_000);
      for (const ttl of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "100" as unknown as number]) {
        await expect(store.add(key("new"), "v", ttl), `add with ${String(ttl)}`).rejects.toThrow(RangeError);
        await expect(store.add(key("existing"), "v", ttl), `add of an existing key with ${String(ttl)}`).rejects.toThrow(/time to live must be a whole number of milliseconds/);
        await expect(store.replace(key("existing"), "a", "b", ttl), `replace with ${String(ttl)}`).rejects.toThrow(RangeError);
      }
      expect(await store.get(key("new"))).toBeUndefined();
      expect(await store.get(key("existing"))).toBe("a");
    });

    it("a settled use counts from when it was settled: its slot frees windowMs after that, not after the take", async () => {
      const windowMs = 600;
      const first = use();
      expect(await store.take(key(), first, 1, windowMs)).toBe(0);
      await sleep(400);
      await store.settle(key(), first, windowMs);
      await sleep(300); // 700 ms after the take, 300 ms after the settle
      expect(await store.take(key(), use(), 1, windowMs), "still counted: settled 300 ms ago").toBeGreaterThan(0);
      await eventually("the slot frees a window after the settle", async () => (await store.take(key(), use(), 1, windowMs)) === 0);
      await store.settle(key(), "never-taken", windowMs); // nothing to settle: no error, no use recorded
      await store.settle(key("other"), "never-taken", windowMs);
      expect(await store.take(key("other"), use(), 1, windowMs)).toBe(0);
    });

    it("take records at most `limit` uses per window: the next one is told how long until a slot frees", async () => {
      for (let i = 0; i < 3; i++) expect(await store.take(key(), use(), 3, 60_000)).toBe(0);
      const wait = await store.take(key(), use(), 3, 60_000);
      expect(wait).toBeGreaterThan(55_000);
      expect(wait).toBeLessThanOrEqual(60_000);
      expect(await store.take(key("other"), use(), 3, 60_000), "another key has its own budget").toBe(0);
      expect(await store.take(key(), use(), 4, 60_000), "a higher limit has room again").toBe(0);
      expect(await store.take(key(), use(), 2, 60_000), "a lower limit waits for more uses to leave").toBeGreaterThan(0);
    });

    it("of 50 concurrent takes with a limit of 10, exactly 10 resolve 0", async () => {
      const results = await Promise.all(Array.from({ length: 50 }, () => store.take(key(), use(), 10, 60_000)));
      expect(results.filter((r) => r === 0)).toHaveLength(10);
      for (const r of results.filter((r) => r !== 0)) expect(r).toBeGreaterThan(0);
    });

    it("the window slides: a use frees its slot windowMs after it was taken, not at a fixed boundary", async () => {
      const windowMs = 400;
      expect(await store.take(key(), use(), 1, windowMs)).toBe(0);
      const wait = await store.take(key(), use(), 1, windowMs);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(windowMs);
      await eventually("the slot frees after the window", async () => (await store.take(key(), use(), 1, windowMs)) === 0);
      expect(await store.take(key(), use(), 1, windowMs), "and the new use holds it again").toBeGreaterThan(0);
    });

    it("a limit or window that is not a whole number ≥ 1 rejects with RangeError and records nothing", async () => {
      for (const [limit, windowMs] of [[0, 1000], [1.5, 1000], [Number.NaN, 1000], [1, 0], [1, -5], [1, 2 ** 53]] as const) {
        await expect(store.take(key(), use(), limit, windowMs), `take(${limit}, ${windowMs})`).rejects.toThrow(RangeError);
      }
      expect(await store.take(key(), use(), 1, 60_000)).toBe(0);
    });

    it("description says where the state lives and holds no password", () => {
      expect(typeof store.description).toBe("string");
      expect(store.description.length).toBeGreaterThan(0);
      for (const secret of options.secrets ?? []) expect(store.description).not.toContain(secret);
      expect(store.description).not.toMatch(/\/\/[^/]*@/); // no user:password@ in a URL
    });
  });
}
