// What sharing state costs per call (issue 14): the same getPayment without shared state, with shareState on the
// in-memory store, and with shareState on Redis (a real redis-server on loopback) — token only, and token + rate
// budget (a slot taken and settled per request: two Redis round trips, the second not waited for). One run, same
// server, interleaved rounds. Writes bench/results-shared.md.
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPayConnect } from "../src/entry/node.js";
import { redisStore } from "../src/entry/redis.js";
import { memoryStore, shareState } from "../src/entry/state.js";
import { startRedisServer } from "../test/helpers/redis-server.ts";
import { responseExample } from "../test/helpers/spec-examples.ts";
import { measure, table } from "./lib.ts";

const here = dirname(fileURLToPath(import.meta.url));
const payment = responseExample("getPayment");
const server = fork(join(here, "server.mjs"), [JSON.stringify({ payment, token: responseExample("createAccessToken") })], { stdio: "inherit" });
const port = await new Promise<number>((resolve) => server.once("message", (m: { port: number }) => resolve(m.port)));
const baseUrl = `http://127.0.0.1:${port}`;
const redis = await startRedisServer();

// A budget that never makes a call wait: the cost of keeping it, not of pacing.
const unlimited = { rateLimit: { limit: 1_000_000, windowSec: 1 } } as const;
const redisStores = [redisStore({ url: redis.url }), redisStore({ url: redis.url })];
const clients = {
  "no shared state": createPayConnect({ secretKey: "sk_test_bench", baseUrl }),
  "memoryStore: token + budget": createPayConnect({ secretKey: "sk_test_bench", baseUrl, shared: shareState(memoryStore(), unlimited) }),
  "redisStore: token only": createPayConnect({ secretKey: "sk_test_bench", baseUrl, shared: shareState(redisStores[0]!, { rateLimit: false }) }),
  "redisStore: token + budget": createPayConnect({ secretKey: "sk_test_bench", baseUrl, shared: shareState(redisStores[1]!, unlimited) }),
};
for (const pc of Object.values(clients)) await pc.getPayment(payment.id); // tokens cached from here on

const quick = process.argv.includes("--quick");
const results = await measure(Object.entries(clients).map(([name, pc]) => ({ name, run: () => pc.getPayment(payment.id) })), quick ? { rounds: 3, ops: 200, warmup: 100 } : { rounds: 7, ops: 1000, warmup: 500 });
const us = (name: string) => results.find((r) => r.name === name)!.usPerOp;

const report = [
  `## Shared state per call (Node ${process.version}, loopback, keep-alive; median of interleaved rounds)`,
  "",
  table("getPayment", results, "no shared state", "µs/call", true),
  `Redis-backed client (token + budget) against the in-memory one: **${(us("redisStore: token + budget") / us("memoryStore: token + budget")).toFixed(2)}×** ` +
    `(+${(us("redisStore: token + budget") - us("memoryStore: token + budget")).toFixed(0)} µs a call: the budget's slot is a Redis round trip before each request).`,
  "",
].join("\n");
console.log(report);
if (!quick) writeFileSync(join(here, "results-shared.md"), `${report}\n`);

for (const pc of Object.values(clients)) pc.close();
for (const store of redisStores) await store.close();
await redis.stop();
server.kill();
