// The SharedStore on Redis (node-redis), for deployments of many replicas. It fails fast instead of waiting for
// Redis: a webhook delivery or a payment call that hangs on a dead store is worse than one that fails and is retried.
// So commands are never queued while the connection is down (disableOfflineQueue), every call has a deadline, and
// the client reconnects in the background, so the store recovers by itself when Redis is back. Messages name the
// server by `description` and never carry the URL's user name or password (node-redis errors may quote the URL).
import { PayConnectError } from "../error-base.js";
import { ErrorReply, TimeoutError, createClient } from "redis";
import { SharedStoreError } from "./errors.js";
import type { SharedStore } from "./store.js";
import { fromClient, fromUrl } from "./redis-target.js";
import { checkBudget, checkTtl } from "./store-arguments.js";

/** What the store needs of a node-redis client; any client made by `createClient` from `redis` has it. */
export interface RedisClientLike {
  readonly isOpen: boolean;
  readonly isReady: boolean;
  readonly options?: { socket?: unknown; database?: number; username?: string; password?: string } | undefined;
  connect(): Promise<unknown>;
  sendCommand(args: string[], options?: { timeout?: number; typeMapping?: Record<never, never> }): Promise<unknown>;
  on(event: "error" | "ready", listener: (error?: unknown) => void): unknown;
  off(event: "error" | "ready", listener: (error?: unknown) => void): unknown;
}

export interface RedisStoreOptions {
  /** `redis://[[user]:password@]host[:port][/db]` or `rediss://…`. Required unless `client` is given. */
  url?: string;
  /**
   * A node-redis client you own: the store connects it on first use if it is not connected, and `close()` leaves it
   * open. Give it `disableOfflineQueue: true` so that calls fail at once, rather than wait, while Redis is down.
   */
  client?: RedisClientLike;
  /** Put before every key, so the store's keys do not collide with your other data in the same database. @default "payconnect:" */
  prefix?: string;
  /** How long one call waits for Redis's answer. @default 1000 */
  commandTimeoutMs?: number;
  /** How long a call waits for the connection when there is none (the first call, or Redis was down). @default 1000 */
  connectTimeoutMs?: number;
}

// Compare and write must be one step on the server: two replicas reading then writing could both see `expected`.
const REPLACE = `if redis.call("GET", KEYS[1]) == ARGV[1] then redis.call("SET", KEYS[1], ARGV[2], "PX", ARGV[3]) return 1 end return 0`;
const REMOVE = `if redis.call("GET", KEYS[1]) == ARGV[1] then redis.call("DEL", KEYS[1]) return 1 end return 0`;
// A sliding log in a sorted set, on Redis's clock (the replicas' clocks may disagree; the server's is one): members
// are the uses' ids, scores their times.
const NOW = `local t = redis.call("TIME")
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;
const SETTLE = `${NOW}if redis.call("ZSCORE", KEYS[1], ARGV[1]) then
  redis.call("ZADD", KEYS[1], now, ARGV[1])
  redis.call("PEXPIRE", KEYS[1], ARGV[2])
end
return 0`;
// Uses stamped after now were not written by a take (Redis's clock is the only one used): dropped, with those out of
// the window. The key always gets the window as its time to live, so a key written without one does not stay.
const TAKE = `${NOW}local window = tonumber(ARGV[2])
redis.call("ZREMRANGEBYSCORE", KEYS[1], "-inf", now - window)
redis.call("ZREMRANGEBYSCORE", KEYS[1], "(" .. now, "+inf")
redis.call("PEXPIRE", KEYS[1], window)
local used = redis.call("ZCARD", KEYS[1])
local limit = tonumber(ARGV[1])
if used < limit then
  redis.call("ZADD", KEYS[1], now, ARGV[3])
  redis.call("PEXPIRE", KEYS[1], window)
  return 0
end
local oldest = redis.call("ZRANGE", KEYS[1], used - limit, used - limit, "WITHSCORES")
return math.max(1, tonumber(oldest[2]) + window - now)`;
const LATE = Symbol("late");
const KNOWN = ["url", "client", "prefix", "commandTimeoutMs", "connectTimeoutMs"];

/** The Redis store: a SharedStore, plus `connect()` (connects now — at startup, a wrong URL, password or database is
 *  said at once rather than on the first webhook) and `close()` (quits its own client; a process exits only then). */
export interface RedisStore extends SharedStore {
  connect(): Promise<void>;
  close(): Promise<void>;
}

export function redisStore(options: RedisStoreOptions): RedisStore {
  const { url, prefix = "payconnect:", commandTimeoutMs = 1000, connectTimeoutMs = 1000 } = options ?? {};
  // A misspelt option (keyPrefix, password) would be ignored; its value is not repeated (it may be a password).
  const unknown = Object.keys(options ?? {}).find((key) => !KNOWN.includes(key));
  if (unknown !== undefined) throw new PayConnectError(`redisStore: unknown option \`${unknown}\`. Known options: ${KNOWN.join(", ")} (a password goes in the url)`);
  for (const [name, value] of [["commandTimeoutMs", commandTimeoutMs], ["connectTimeoutMs", connectTimeoutMs]] as const) {
    // A timer of more than 2³¹ − 1 ms fires after 1 ms.
    if (!Number.isSafeInteger(value) || value < 1 || value > 2_147_483_647) throw new PayConnectError(`redisStore: options.${name} must be a whole number of milliseconds from 1 to 2147483647, got ${String(value)}`);
  }
  if (typeof prefix !== "string") throw new PayConnectError(`redisStore: options.prefix must be a string, got ${typeof prefix}`);
  const owned = options?.client === undefined;
  if (owned && typeof url !== "string") throw new PayConnectError("redisStore: give options.url (redis://host:port/db) or options.client (a node-redis client)");

  const { description, secrets } = owned ? fromUrl(url!) : fromClient(options.client!);
  let own: ReturnType<typeof createClient> | undefined;
  if (owned) {
    own = createClient({
      url,
      RESP: 2, // nothing here needs RESP3, and RESP2 works with every server that has SET … PX … NX
      disableOfflineQueue: true,
      // Retry forever, at most a second apart: a replica must come back with Redis, without a restart.
      socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 1000) + Math.floor(Math.random() * 100) },
    });
  }
  const client: RedisClientLike = own ?? options.client!;
  const scrub = (text: string) => secrets.filter((s) => s.length > 0).sort((a, b) => b.length - a.length).reduce((t, s) => t.split(s).join("***"), text);

  // node-redis emits 'error' on every failed (re)connection; unheard, an 'error' event would end the process. The
  // last one is kept to say why a call found no connection.
  let lastError: unknown;
  let wake: (() => void) | undefined;
  let woken: Promise<void> | undefined;
  // A failed connection attempt ends the wait of the calls waiting for one at once: they fail with its reason.
  const onError = (error: unknown) => {
    lastError = error;
    wake?.();
    wake = woken = undefined;
  };
  const onReady = () => {
    lastError = undefined;
    wake?.();
    wake = woken = undefined;
  };
  client.on("error", onError);
  client.on("ready", onReady);
  // Whether the client was open once: the store connects a client on first use, but does not reopen one you closed.
  let started = client.isOpen;
  let closed = false;

  const fail = (what: string, happened: string, advice: string) => new SharedStoreError(`SharedStore ${description}: ${scrub(`${what} failed — ${happened}. ${advice}`)}`);
  const reason = (error: unknown) => (error instanceof Error ? error.message || error.name : String(error)).replace(/\.+$/, "");

  const connected = async (what: string): Promise<void> => {
    // Known to be down (the last connection attempt failed and none has succeeded since): fail at once rather than
    // make every call wait connectTimeoutMs — a payment call falling back to per-process state must not slow down.
    if (client.isOpen && lastError !== undefined) throw noConnection(what, "");
    if (!client.isOpen) {
      if (started) throw fail(what, "the node-redis client you passed is closed", "Keep it open while the store is in use, or give the store a url instead.");
      started = true;
      // Connection errors arrive as 'error' events and the reconnect strategy retries; the promise only ends then.
      client.connect().catch(onError);
    }
    let timer: NodeJS.Timeout | undefined;
    const ready = await Promise.race([(woken ??= new Promise<void>((resolve) => (wake = resolve))).then(() => true), new Promise<false>((resolve) => (timer = setTimeout(resolve, connectTimeoutMs, false)))]);
    clearTimeout(timer);
    // "within …" only when nothing came back: a refusal comes at once, with its reason.
    if (!ready || !client.isReady) throw noConnection(what, lastError === undefined ? ` within ${connectTimeoutMs} ms` : "");
  };
  /** Why there is no connection, told apart: a refused password and an unknown database are the URL's fault. */
  const noConnection = (what: string, within: string): SharedStoreError => {
    const why = lastError === undefined ? "no answer" : reason(lastError);
    if (/called without any password configured/i.test(why)) return fail(what, `the URL gives a password, but this Redis has none (${why})`, "Remove the password from the URL, or set one on the Redis server (requirepass).");
    if (/WRONGPASS|NOAUTH|invalid username-password|AUTH failed/i.test(why)) return fail(what, `Redis refused the password (${why})`, "Check the password (and the user name) in the URL.");
    if (/DB index is out of range/i.test(why)) return fail(what, `Redis has no database ${description.split("/").pop()} (${why})`, "Check the database number in the URL (redis://host:port/<db>).");
    return fail(what, `no connection to Redis${within} (${why})`, "Check that Redis is running and reachable from this process; the store keeps reconnecting by itself.");
  };

  const run = async (what: string, args: string[]): Promise<unknown> => {
    if (closed) throw fail(what, "the store was closed", "Create a new store with redisStore() to use Redis again.");
    started ||= client.isOpen;
    if (!client.isReady) await connected(what);
    // node-redis's own timeout ends when the command is written: a server that stops answering (hung, or a network
    // that drops packets) would hold the call forever without this one. Its outcome is then unknown: Redis may still
    // run it. An empty typeMapping: strings as strings even if the client you passed maps them to Buffers.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<typeof LATE>((resolve) => (timer = setTimeout(resolve, commandTimeoutMs, LATE)));
    try {
      const reply = await Promise.race([client.sendCommand(args, { timeout: commandTimeoutMs, typeMapping: {} }), late]);
      if (reply !== LATE) return reply;
    } catch (error) {
      if (!(error instanceof TimeoutError)) {
        if (error instanceof ErrorReply) throw fail(what, `Redis refused it: ${reason(error)}`, "Check the password in the URL (and the user name) and the Redis server's configuration.");
        throw fail(what, `the connection to Redis failed (${reason(error)})`, "Check that Redis is running and reachable; the store keeps reconnecting by itself.");
      }
    } finally {
      clearTimeout(timer);
    }
    throw fail(what, `Redis did not answer within ${commandTimeoutMs} ms; it may still carry the command out`, "Check that Redis is running and not overloaded or blocked, or raise commandTimeoutMs.");
  };

  return {
    description,
    async connect() {
      await run("connect", ["PING"]);
    },
    async add(key, value, ttlMs) {
      checkTtl(ttlMs);
      return (await run("add", ["SET", prefix + key, value, "PX", String(ttlMs), "NX"])) != null;
    },
    async get(key) {
      const reply = await run("get", ["GET", prefix + key]);
      return reply == null ? undefined : String(reply);
    },
    async replace(key, expected, value, ttlMs) {
      checkTtl(ttlMs);
      return Number(await run("replace", ["EVAL", REPLACE, "1", prefix + key, expected, value, String(ttlMs)])) === 1;
    },
    async remove(key, expected) {
      return Number(await run("remove", ["EVAL", REMOVE, "1", prefix + key, expected])) === 1;
    },
    async take(key, use, limit, windowMs) {
      checkBudget(limit, windowMs);
      return Number(await run("take", ["EVAL", TAKE, "1", prefix + key, String(limit), String(windowMs), use]));
    },
    async settle(key, use, windowMs) {
      checkTtl(windowMs);
      await run("settle", ["EVAL", SETTLE, "1", prefix + key, use, String(windowMs)]);
    },
    async close() {
      if (closed) return;
      closed = true;
      client.off("ready", onReady);
      // Our own client keeps its 'error' listener: a socket that dies while closing still emits one.
      if (!own) return void client.off("error", onError);
      if (!own.isOpen) return;
      let timer: NodeJS.Timeout | undefined;
      // close() waits for the answers to pending commands, which a hung server never sends.
      await Promise.race([own.close().catch(() => {}), new Promise<void>((resolve) => (timer = setTimeout(resolve, commandTimeoutMs)))]);
      clearTimeout(timer);
      own.destroy();
    },
  };
}
