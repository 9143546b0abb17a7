// createWebhookDeduplicator's promise, on the in-memory store (the Redis store and many processes:
// dedupe-processes.test.ts): an event is processed once; a failure is processed again on redelivery; a claim held by
// another delivery is answered "in progress" (never as done); a dead replica's claim lapses; a store that fails
// stops processing loudly.
import { describe, expect, test } from "vitest";
import { EventInProgressError, PayConnectError, SharedStoreError, createWebhookDeduplicator, memoryStore, shareState, type SharedStore } from "../../src/entry/state.ts";

/** A memory store whose calls can be made to fail, one method at a time. */
function faultyStore(base: SharedStore = memoryStore()) {
  const failing = new Set<keyof SharedStore>();
  const calls: string[] = [];
  const wrap = <K extends "add" | "get" | "replace" | "remove" | "take" | "settle">(name: K) =>
    ((...args: never[]) => {
      calls.push(name);
      if (failing.has(name)) return Promise.reject(new Error("ECONNREFUSED redis://:hunter2@10.0.0.1:6379"));
      return (base[name] as (...a: never[]) => Promise<unknown>)(...args);
    }) as SharedStore[K];
  const store: SharedStore = { description: "test store", add: wrap("add"), get: wrap("get"), replace: wrap("replace"), remove: wrap("remove"), take: wrap("take"), settle: wrap("settle") };
  return { store, failing, calls };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("once", () => {
  test("processes an event once; later deliveries are duplicates", async () => {
    const dedupe = createWebhookDeduplicator();
    let processed = 0;
    expect(await dedupe.once("evt_1", () => { processed++; })).toBe("processed");
    expect(await dedupe.once("evt_1", () => { processed++; })).toBe("duplicate");
    expect(await dedupe.once("evt_2", () => { processed++; })).toBe("processed");
    expect(processed).toBe(2);
  });

  test("20 concurrent deliveries of one event: processed exactly once, the others duplicate or in progress, none processed", async () => {
    const dedupe = createWebhookDeduplicator();
    let processed = 0;
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => dedupe.once("evt_many", async () => { processed++; await tick(30); })));
    expect(processed).toBe(1);
    expect(outcomes.filter((o) => o.status === "fulfilled" && o.value === "processed")).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect(o.reason).toBeInstanceOf(EventInProgressError);
    expect(await dedupe.once("evt_many", () => { processed++; })).toBe("duplicate");
  });

  test("a failing process: its error comes back as is, the claim is released, the redelivery is processed", async () => {
    const dedupe = createWebhookDeduplicator();
    const boom = new Error("the warehouse is down");
    await expect(dedupe.once("evt_f", () => { throw boom; })).rejects.toBe(boom);
    await expect(dedupe.once("evt_f", async () => { throw boom; })).rejects.toBe(boom);
    let processed = 0;
    expect(await dedupe.once("evt_f", () => { processed++; })).toBe("processed");
    expect(processed).toBe(1);
  });

  test("while one delivery processes, another is refused with EventInProgressError naming the event, and is a duplicate after", async () => {
    const dedupe = createWebhookDeduplicator();
    let release!: () => void;
    const first = dedupe.once("evt_slow", () => new Promise<void>((resolve) => { release = resolve; }));
    await tick(5);
    const second = await dedupe.once("evt_slow", () => { throw new Error("must not run"); }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(EventInProgressError);
    expect((second as EventInProgressError).eventId).toBe("evt_slow");
    expect((second as Error).message).toMatch(/evt_slow.*5xx/);
    release();
    expect(await first).toBe("processed");
    expect(await dedupe.once("evt_slow", () => { throw new Error("must not run"); })).toBe("duplicate");
  });

  test("a claim whose replica died lapses after leaseSec; the next delivery processes the event", async () => {
    let now = 1_000_000;
    const store = memoryStore({ now: () => now });
    await store.add("webhook-event:evt_dead", "processing:someone-else", 60_000); // a replica that claimed and died
    const dedupe = createWebhookDeduplicator({ store });
    await expect(dedupe.once("evt_dead", () => undefined)).rejects.toBeInstanceOf(EventInProgressError);
    now += 60_001;
    expect(await dedupe.once("evt_dead", () => undefined)).toBe("processed");
  });

  test("a live claim is renewed while processing: a process longer than the lease is not processed twice", async () => {
    // Lease 0.6 s, renewed every 0.2 s; the process takes 2 s. Without renewal the third check processes it again.
    const dedupe = createWebhookDeduplicator({ leaseSec: 0.6 });
    let processed = 0;
    const first = dedupe.once("evt_long", async () => { processed++; await tick(2_000); });
    for (let i = 0; i < 6; i++) {
      await tick(250);
      await expect(dedupe.once("evt_long", () => { processed++; })).rejects.toBeInstanceOf(EventInProgressError);
    }
    expect(await first).toBe("processed");
    expect(processed).toBe(1);
  });

  test("a processed id is remembered for ttlSec (default three days), then forgotten", async () => {
    let now = 0;
    const dedupe = createWebhookDeduplicator({ store: memoryStore({ now: () => now }) });
    expect(await dedupe.once("evt_t", () => undefined)).toBe("processed");
    now += 3 * 24 * 3_600_000 - 1;
    expect(await dedupe.once("evt_t", () => undefined)).toBe("duplicate");
    now += 2;
    expect(await dedupe.once("evt_t", () => undefined)).toBe("processed");
    const short = createWebhookDeduplicator({ store: memoryStore({ now: () => now }), ttlSec: 10 });
    expect(await short.once("evt_s", () => undefined)).toBe("processed");
    now += 10_001;
    expect(await short.once("evt_s", () => undefined)).toBe("processed");
  });

  test("a store that fails before the claim: SharedStoreError, nothing processed, and the store's own message (a URL with a password) is not repeated", async () => {
    const { store, failing } = faultyStore();
    const dedupe = createWebhookDeduplicator({ store });
    let processed = 0;
    for (const method of ["add", "get"] as const) {
      failing.clear();
      failing.add(method);
      if (method === "get") await memoryStoreHolding(store, "webhook-event:evt_x");
      const error = await dedupe.once("evt_x", () => { processed++; }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SharedStoreError);
      expect((error as Error).message).toMatch(/test store.*5xx/);
      expect((error as Error).message).not.toMatch(/hunter2|10\.0\.0\.1/);
      expect((error as Error).cause).toBeInstanceOf(Error);
    }
    expect(processed).toBe(0);
  });

  test("the store fails after processing: resolves processed (a 5xx would bring a redelivery processed again)", async () => {
    const { store, failing, calls } = faultyStore();
    const dedupe = createWebhookDeduplicator({ store });
    let processed = 0;
    const outcome = dedupe.once("evt_after", () => { processed++; failing.add("replace"); });
    expect(await outcome).toBe("processed");
    expect(processed).toBe(1);
    expect(calls).toContain("replace");
  });

  test("the store fails when releasing a failed claim: the process's own error still comes back", async () => {
    const { store, failing } = faultyStore();
    const dedupe = createWebhookDeduplicator({ store });
    const boom = new Error("boom");
    await expect(dedupe.once("evt_r", () => { failing.add("remove"); throw boom; })).rejects.toBe(boom);
  });
});

describe("claims that lapse", () => {
  test("a claim that lapsed while process ran (the store was away longer than the lease) still ends in a done mark", async () => {
    let now = 0;
    const store = memoryStore({ now: () => now });
    const dedupe = createWebhookDeduplicator({ store, leaseSec: 60 });
    // The store forgets the claim mid-way (its lease ran out while the renewals could not reach it).
    expect(await dedupe.once("evt_lapsed", () => { now += 61_000; })).toBe("processed");
    expect(await dedupe.once("evt_lapsed", () => { throw new Error("processed twice"); })).toBe("duplicate");
  });

  test("a process that never ends holds its event for maxProcessingSec, then the claim lapses and a redelivery is processed", async () => {
    const dedupe = createWebhookDeduplicator({ leaseSec: 0.15, maxProcessingSec: 0.3 });
    void dedupe.once("evt_stuck", () => new Promise(() => {}));
    await tick(20);
    await expect(dedupe.once("evt_stuck", () => undefined)).rejects.toBeInstanceOf(EventInProgressError);
    let processed = 0;
    for (let i = 0; i < 40 && processed === 0; i++) {
      await tick(50);
      await dedupe.once("evt_stuck", () => { processed++; }).catch(() => undefined);
    }
    expect(processed).toBe(1);
  });
});

describe("bad input is refused before the store is touched", () => {
  test("a store passed as the options: the message says to pass { store }", () => {
    expect(() => createWebhookDeduplicator(memoryStore() as never)).toThrow(/pass the store as \{ store \}/);
  });

  test("what the state entry's factories refuse is a PayConnectError, as everything the SDK throws", () => {
    expect(() => createWebhookDeduplicator({ ttl: 5 } as never)).toThrow(PayConnectError);
    expect(() => shareState(memoryStore(), { rateLimit: 5 } as never)).toThrow(PayConnectError);
    expect(() => memoryStore({ now: 5 } as never)).toThrow(PayConnectError);
  });

  test.each([
    [{ ttl: 5 }, /unknown option `ttl`.*ttlSec/],
    [{ ttlSec: 0.0004 }, /ttlSec must be at least 0.001/],
    [{ leaseSec: 7_000_000 }, /leaseSec must be at most 2147483 \(a timer cannot wait longer\)/],
    [{ maxProcessingSec: 0 }, /maxProcessingSec must be a positive number of seconds/],
    [{ ttlSec: 0 }, /ttlSec must be a positive number of seconds, got 0/],
    [{ ttlSec: "3d" }, /ttlSec must be a positive number/],
    [{ leaseSec: -1 }, /leaseSec must be a positive number/],
    [{ leaseSec: Number.NaN }, /leaseSec must be a positive number/],
    [{ store: {} }, /store must be a SharedStore/],
    [{ prefix: 5 }, /prefix must be a string/],
  ])("options %j", (options, message) => {
    expect(() => createWebhookDeduplicator(options as never)).toThrow(message);
  });

  test.each([["empty", ""], ["undefined", undefined], ["a number", 42], ["1 025 characters", "x".repeat(1_025)]])("event id: %s", async (_label, eventId) => {
    const { store, calls } = faultyStore();
    const dedupe = createWebhookDeduplicator({ store });
    let processed = 0;
    await expect(dedupe.once(eventId as never, () => { processed++; })).rejects.toThrow(/eventId must be the event's id.*nothing was processed/);
    expect(processed).toBe(0);
    expect(calls).toEqual([]);
  });

  test("process that is not a function", async () => {
    await expect(createWebhookDeduplicator().once("evt_1", "fulfil" as never)).rejects.toThrow(/process must be a function, got string/);
  });
});

/** Puts a live claim of someone else under `key`, so the next add fails and get is asked. */
async function memoryStoreHolding(store: SharedStore, key: string): Promise<void> {
  await store.add(key, "processing:other", 60_000);
}
