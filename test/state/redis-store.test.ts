// The Redis store against a real redis-server (test/helpers/redis-server.ts): the SharedStore contract, on a URL and
// on a client the caller owns, then what only Redis has — the key prefix, credentials kept out of every message, and
// failing fast (and recovering by itself) when Redis is stopped or hangs.
import { randomUUID } from "node:crypto";
import { RESP_TYPES, type RedisClientType, createClient } from "redis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PayConnectError, redisStore } from "../../src/entry/redis.ts";
import { SharedStoreError } from "../../src/state/errors.ts";
import { type RedisServer, startRedisServer, useRedisServer } from "../helpers/redis-server.ts";
import { within } from "../helpers/within.ts";
import { eventually, storeContract } from "./store-contract.ts";

const server = useRedisServer();
const testPrefix = () => `test:${randomUUID()}:`;

storeContract("redisStore({ url })", async () => redisStore({ url: server.url, prefix: testPrefix() }));

storeContract("redisStore({ client }) on a RESP3 client that maps strings to Buffers", async () => {
  const client = createClient({ url: server.url, disableOfflineQueue: true }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  const store = redisStore({ client, prefix: testPrefix() }); // connected by the store on first use
  return {
    ...store,
    async close() {
      await store.close();
      if (client.isOpen) await client.close();
    },
  };
});

/** The rejection of `promise` (a SharedStoreError is expected), and how long it took; fails if it takes over 10 s. */
async function failure(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await within(10_000, promise);
  return { error, ms: Date.now() - started };
}

/** Console output and process warnings while a test runs: the store must make none. */
function watchOutput() {
  const calls: unknown[] = [];
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m).mockImplementation((...args) => void calls.push(args)));
  const onWarning = (w: Error) => calls.push(w);
  process.on("warning", onWarning);
  return {
    calls,
    restore() {
      for (const spy of spies) spy.mockRestore();
      process.off("warning", onWarning);
    },
  };
}

describe("redisStore: keys and description", () => {
  let raw: RedisClientType;
  beforeAll(async () => {
    raw = createClient({ url: server.url });
    await raw.connect();
  });
  afterAll(async () => {
    await raw.close();
  });

  it("stores each key under the prefix, with the time to live given, and nothing else", async () => {
    const prefix = testPrefix();
    const store = redisStore({ url: server.url, prefix });
    try {
      expect(await store.add("evt_1", "done", 60_000)).toBe(true);
      expect(await raw.get(`${prefix}evt_1`)).toBe("done");
      const pttl = await raw.pTTL(`${prefix}evt_1`);
      expect(pttl).toBeGreaterThan(50_000);
      expect(pttl).toBeLessThanOrEqual(60_000);
      expect(await raw.keys(`${prefix}*`)).toEqual([`${prefix}evt_1`]);
      expect(await raw.get("evt_1")).toBeNull();
      expect(await store.replace("evt_1", "done", "again", 5_000)).toBe(true);
      expect(await raw.get(`${prefix}evt_1`)).toBe("again");
      expect(await raw.pTTL(`${prefix}evt_1`)).toBeLessThanOrEqual(5_000);
      expect(await store.remove("evt_1", "again")).toBe(true);
      expect(await raw.exists(`${prefix}evt_1`)).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('uses the prefix "payconnect:" by default', async () => {
    const store = redisStore({ url: server.url });
    const key = `default-prefix-${randomUUID()}`;
    try {
      await store.add(key, "v", 60_000);
      expect(await raw.get(`payconnect:${key}`)).toBe("v");
    } finally {
      await raw.del(`payconnect:${key}`);
      await store.close();
    }
  });

  it("describes itself as redis://host:port/db, for a URL and for a client passed in", async () => {
    const onUrl = redisStore({ url: `redis://127.0.0.1:${server.port}/3` });
    const plain = redisStore({ url: `redis://127.0.0.1:${server.port}` });
    const onClient = redisStore({ client: raw });
    expect(onUrl.description).toBe(`redis://127.0.0.1:${server.port}/3`);
    expect(plain.description).toBe(`redis://127.0.0.1:${server.port}/0`);
    expect(onClient.description).toBe(`redis://127.0.0.1:${server.port}/0`);
    await Promise.all([onUrl.close(), plain.close(), onClient.close()]);
  });

  it("rejects bad options at once, without repeating the URL", () => {
    expect(() => redisStore({})).toThrow(/give options.url/);
    expect(() => redisStore({ url: "not a url hunter2" })).toThrow(PayConnectError);
    expect(() => redisStore({ url: "not a url hunter2" })).not.toThrow(/hunter2/);
    expect(() => redisStore({ url: "http://:hunter2@127.0.0.1:6379" })).toThrow(/must start with redis:\/\/ or rediss:\/\//);
    expect(() => redisStore({ url: "http://:hunter2@127.0.0.1:6379" })).not.toThrow(/hunter2/);
    expect(() => redisStore({ url: "redis://:hunter2@127.0.0.1:6379/x" })).toThrow(/database number/);
    expect(() => redisStore({ url: server.url, commandTimeoutMs: 0 })).toThrow(PayConnectError);
    expect(() => redisStore({ url: server.url, connectTimeoutMs: 1.5 })).toThrow(PayConnectError);
    // A timer cannot wait longer: Node would fire it after 1 ms (an attack trial failed 4 of 20 healthy reads so).
    expect(() => redisStore({ url: server.url, commandTimeoutMs: 2 ** 31 })).toThrow(/commandTimeoutMs must be a whole number of milliseconds from 1 to 2147483647/);
    // A misspelt option would be ignored: a keyPrefix left the default prefix, another app's keys under it.
    expect(() => redisStore({ url: server.url, keyPrefix: "app:" } as never)).toThrow(/unknown option `keyPrefix`.*url, client, prefix, commandTimeoutMs, connectTimeoutMs/);
    expect(() => redisStore({ url: server.url, password: "hunter2" } as never)).toThrow(/unknown option `password`/);
    expect(() => redisStore({ url: server.url, password: "hunter2" } as never)).not.toThrow(/hunter2/);
  });

  it("a rate budget's key with uses written from outside (scores of +inf or years ahead, no expiry) is neither trusted nor kept", async () => {
    const prefix = testPrefix();
    const store = redisStore({ url: server.url, prefix });
    try {
      for (const score of [Number.POSITIVE_INFINITY, Date.now() + 1e12]) {
        await raw.del(`${prefix}rate`);
        for (let i = 0; i < 3; i++) await raw.zAdd(`${prefix}rate`, { score, value: `planted${i}` });
        expect(await store.take("rate", randomUUID(), 3, 60_000), `score ${score}`).toBe(0);
        expect(await raw.pTTL(`${prefix}rate`)).toBeGreaterThan(0);
        expect(await raw.pTTL(`${prefix}rate`)).toBeLessThanOrEqual(60_000);
      }
    } finally {
      await store.close();
    }
  });
});

describe("redisStore: credentials never appear in a message", () => {
  const password = "s3cret-p@ss:wörd%";
  let secured: RedisServer;
  beforeAll(async () => {
    secured = await startRedisServer({ password });
  });
  afterAll(async () => {
    await secured?.stop();
  });
  const encoded = encodeURIComponent(password);

  storeContract("redisStore({ url }) with a password", async () => redisStore({ url: secured.url, prefix: testPrefix() }), { secrets: [password, encoded] });

  it("works with the right password and has none in its description", async () => {
    const store = redisStore({ url: secured.url });
    try {
      expect(secured.url).toContain(encoded);
      expect(store.description).toBe(`redis://127.0.0.1:${secured.port}/0`);
      expect(await store.add(`k-${randomUUID()}`, "v", 1000)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it.each([
    ["a wrong password", "wrong-Pa55word-xyz", "wrong-Pa55word-xyz"],
    ["a user name and a wrong password", "some-user-name:wrong-Pa55word-xyz", "some-user-name"],
    ["no password", "", ""],
  ])("%s: every call rejects with a SharedStoreError that names the store and holds no credential", async (_, credentials, secret) => {
    const url = `redis://${credentials ? `${credentials}@` : ""}127.0.0.1:${secured.port}/0`;
    const store = redisStore({ url });
    const output = watchOutput();
    try {
      const calls = [store.add("k", "v", 1000), store.get("k"), store.replace("k", "a", "b", 1000), store.remove("k", "a")];
      for (const { error, ms } of await Promise.all(calls.map(failure))) {
        expect(error).toBeInstanceOf(SharedStoreError);
        const message = (error as Error).message;
        expect(message).toContain(`SharedStore redis://127.0.0.1:${secured.port}/0:`);
        expect(message).toMatch(/WRONGPASS|NOAUTH|AUTH/);
        expect(message).toMatch(/password/); // says what to check
        for (const s of [secret, "wrong-Pa55word-xyz", "some-user-name", credentials && url]) if (s) expect(message).not.toContain(s);
        expect(String((error as Error).stack)).not.toContain("wrong-Pa55word-xyz");
        expect(ms).toBeLessThan(5000);
      }
      expect(output.calls).toEqual([]);
    } finally {
      output.restore();
      await store.close();
    }
  });

  it("connect() at startup: resolves with the right URL; a wrong password, an unknown database or no server is a SharedStoreError saying which", async () => {
    const good = redisStore({ url: secured.url });
    const cases = [
      [redisStore({ url: `redis://:wrong-Pa55word-xyz@127.0.0.1:${secured.port}/0` }), /connect failed — Redis refused the password \(WRONGPASS[^)]*\)\. Check the password \(and the user name\) in the URL/],
      [redisStore({ url: `redis://:${encoded}@127.0.0.1:${secured.port}/99` }), /Redis has no database 99 \(ERR DB index is out of range\)\. Check the database number in the URL/],
      [redisStore({ url: "redis://127.0.0.1:1/0" }), /no connection to Redis \(connect ECONNREFUSED[^)]*\)\. Check that Redis is running/],
      // A password for a Redis that has none: said as such, not as an outage (a re-trial).
      [redisStore({ url: `redis://:wrong-Pa55word-xyz@127.0.0.1:${server.port}/0` }), /the URL gives a password, but this Redis has none .*Remove the password from the URL/],
    ] as const;
    try {
      await expect(good.connect()).resolves.toBeUndefined();
      for (const [store, message] of cases) {
        const error = await store.connect().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SharedStoreError);
        expect((error as Error).message).toMatch(message);
        expect((error as Error).message).not.toContain("wrong-Pa55word-xyz");
      }
    } finally {
      await Promise.all([good, ...cases.map(([store]) => store)].map((store) => store.close()));
    }
  });

  it("scrubs the password and user name from whatever a client's error says (node-redis may quote the URL)", async () => {
    const leaky = `redis://alice:${password}@127.0.0.1:${secured.port}/0`;
    const client = {
      isOpen: true,
      isReady: true,
      options: { socket: { host: "127.0.0.1", port: secured.port }, username: "alice", password },
      connect: async () => client,
      sendCommand: async () => {
        throw new TypeError(`tls socket option is set to true which is mismatch with protocol or the URL ${leaky} passed`);
      },
      on: () => client,
      off: () => client,
    };
    const store = redisStore({ client });
    const { error } = await failure(store.get("k"));
    expect(error).toBeInstanceOf(SharedStoreError);
    expect((error as Error).message).toContain("the connection to Redis failed");
    expect((error as Error).message).not.toContain(password);
    expect((error as Error).message).not.toContain("alice");
    await store.close();
  });
});

describe("redisStore: Redis stopped, hung, back again", () => {
  let flaky: RedisServer;
  beforeAll(async () => {
    flaky = await startRedisServer();
  });
  afterAll(async () => {
    await flaky?.stop();
  });
  let output: ReturnType<typeof watchOutput>;
  beforeEach(() => {
    output = watchOutput();
  });
  afterEach(() => {
    output.restore();
  });

  it("fails fast with a SharedStoreError while Redis is stopped, then recovers by itself when it is back", async () => {
    const store = redisStore({ url: flaky.url, prefix: testPrefix() });
    const key = "k";
    try {
      expect(await store.add(key, "before", 60_000)).toBe(true);
      await flaky.stop();
      const calls = [store.add("k2", "v", 1000), store.get(key), store.replace(key, "before", "b", 1000), store.remove(key, "before")];
      for (const { error, ms } of await Promise.all(calls.map(failure))) {
        expect(error).toBeInstanceOf(SharedStoreError);
        expect((error as Error).message).toContain(`SharedStore redis://127.0.0.1:${flaky.port}/0:`);
        expect((error as Error).message).toMatch(/Check that Redis is running/);
        expect(ms).toBeLessThan(5000); // 1 s connect wait by default; generous for a loaded machine
      }
      await flaky.start(); // same port; an empty server (nothing is persisted)
      await eventually("the store works again", () => store.add("after", "v", 60_000).catch(() => false), 15_000);
      expect(await store.get("after")).toBe("v");
      expect(output.calls).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("a new store whose Redis is not there fails within the connect timeout, naming the refused connection", async () => {
    await flaky.stop();
    const store = redisStore({ url: flaky.url });
    try {
      const { error, ms } = await failure(store.get("k"));
      expect(error).toBeInstanceOf(SharedStoreError);
      expect((error as Error).message).toMatch(/no connection to Redis \(connect ECONNREFUSED/);
      expect(ms).toBeLessThan(5000);
      expect(output.calls).toEqual([]);
    } finally {
      await store.close();
      await flaky.start();
    }
  });

  it("fails within the command timeout while Redis hangs (SIGSTOP), and answers again once it resumes", async () => {
    const store = redisStore({ url: flaky.url, prefix: testPrefix(), commandTimeoutMs: 300 });
    try {
      expect(await store.add("k", "v", 60_000)).toBe(true);
      flaky.pause();
      const { error, ms } = await failure(store.get("k"));
      expect(error).toBeInstanceOf(SharedStoreError);
      expect((error as Error).message).toMatch(/Redis did not answer within 300 ms/);
      expect(ms).toBeLessThan(5000);
      flaky.resume();
      await eventually("the store answers again", async () => (await store.get("k").catch(() => undefined)) === "v", 15_000);
    } finally {
      flaky.resume();
      await store.close();
    }
  });
});

describe("redisStore: close()", () => {
  it("leaves a client passed in open, connects one that was not, and detaches its listeners", async () => {
    const client = createClient({ url: server.url, disableOfflineQueue: true });
    client.on("error", () => {});
    const listeners = client.listenerCount("error") + client.listenerCount("ready");
    const store = redisStore({ client, prefix: testPrefix() });
    try {
      expect(client.isOpen).toBe(false);
      expect(await store.add("k", "v", 60_000)).toBe(true);
      expect(client.isReady).toBe(true);
      await store.close();
      expect(client.isOpen).toBe(true);
      expect(await client.ping()).toBe("PONG");
      expect(client.listenerCount("error") + client.listenerCount("ready")).toBe(listeners);
      const { error } = await failure(store.get("k"));
      expect(error).toBeInstanceOf(SharedStoreError);
      expect((error as Error).message).toMatch(/the store was closed/);
    } finally {
      await client.close();
    }
  });

  it("does not reopen a client passed in that its owner closed: calls reject with a SharedStoreError saying so", async () => {
    const client = createClient({ url: server.url, disableOfflineQueue: true });
    await client.connect();
    const store = redisStore({ client, prefix: testPrefix() });
    expect(await store.add("k", "v", 60_000)).toBe(true);
    await client.close();
    const { error, ms } = await failure(store.get("k"));
    expect(error).toBeInstanceOf(SharedStoreError);
    expect((error as Error).message).toMatch(/the node-redis client you passed is closed/);
    expect(ms).toBeLessThan(5000);
    expect(client.isOpen).toBe(false);
    await store.close();
  });

  it("quits its own client; every call after close rejects with a SharedStoreError, and close again resolves", async () => {
    const store = redisStore({ url: server.url, prefix: testPrefix() });
    expect(await store.add("k", "v", 60_000)).toBe(true);
    await store.close();
    for (const call of [() => store.add("k", "v", 1000), () => store.get("k"), () => store.replace("k", "v", "w", 1000), () => store.remove("k", "v")]) {
      const { error } = await failure(call());
      expect(error).toBeInstanceOf(SharedStoreError);
      expect((error as Error).message).toMatch(new RegExp(`^SharedStore redis://127.0.0.1:${server.port}/0: \\w+ failed — the store was closed\\.`));
    }
    await store.close();
  });

  it("closes a store that was never used, and one whose Redis is down, promptly", async () => {
    const unused = redisStore({ url: server.url });
    await unused.close();
    const down = redisStore({ url: "redis://127.0.0.1:1/0", connectTimeoutMs: 200 });
    await failure(down.get("k"));
    const { error, ms } = await failure(down.close());
    expect(error).toBe("resolved");
    expect(ms).toBeLessThan(5000);
  });
});
