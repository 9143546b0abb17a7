// One replica of a merchant's backend for shared-client-processes.test.ts: its own Node process with its own client
// on the Redis store at REDIS_URL (as README "Running many instances" writes it), calling the sandbox at
// SANDBOX_URL. Once loaded it prints "ready" and reads the start time (epoch ms) from stdin; then it makes CALLS calls
// at once and prints one JSON line: how many succeeded, the statuses the sandbox answered (429s included, counted at
// the wire), and when the last call ended.
import { createInterface } from "node:readline";
import { createPayConnect } from "../../src/entry/node.ts";
import { redisStore } from "../../src/entry/redis.ts";
import { shareState } from "../../src/entry/state.ts";


const { SANDBOX_URL, SECRET_KEY, REDIS_URL, CALLS = "1", LIMIT, WINDOW_SEC } = process.env;
if (!SANDBOX_URL || !SECRET_KEY || !REDIS_URL) throw new Error("client-replica: SANDBOX_URL, SECRET_KEY and REDIS_URL are required");

const statuses: Record<string, number> = {};
const store = redisStore({ url: REDIS_URL });
const pc = createPayConnect({
  secretKey: SECRET_KEY,
  baseUrl: SANDBOX_URL,
  shared: shareState(store, LIMIT ? { rateLimit: { limit: Number(LIMIT), windowSec: Number(WINDOW_SEC ?? 60) } } : {}),
  timeoutMs: 60_000,
  logLevel: "warn",
  logger: { error: (m: string) => console.error(m), warn: (m: string) => console.error(m), info: () => {}, debug: () => {} },
  fetch: async (input: string | URL | Request, init?: RequestInit) => {
    const res = await fetch(input, init);
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    return res;
  },
});

console.log("ready");
const startAt = Number(await new Promise<string>((resolve) => createInterface({ input: process.stdin }).once("line", resolve)));
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
const results = await Promise.allSettled(Array.from({ length: Number(CALLS) }, () => pc.listPayments()));
const failures = results.flatMap((r) => (r.status === "rejected" ? [String((r.reason as Error).message).slice(0, 300)] : []));
console.log(JSON.stringify({ ok: results.length - failures.length, failures, statuses, endedAt: Date.now() }));
pc.close();
await store.close();
process.exit(0); // stdin stays open
