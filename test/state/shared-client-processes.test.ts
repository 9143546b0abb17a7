// Issue 14's promise for the client, with real processes: 8 replicas (client-replica.ts, each its own Node process,
// client and Redis connection) on one real redis-server, calling one real sandbox whose rate limit is counted in
// 1-second windows. Cold start: 1 token request for all of them; the shared budget keeps every call inside the
// sandbox's limit (no 429 reaches the wire) and close to the fastest the budget allows; after the sandbox revokes the
// token, 1 refresh for all; with Redis stopped, calls go on.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Sandbox, startSandbox } from "../../packages/sandbox/src/index.ts";
import { root } from "../helpers/paths.ts";
import { useRedisServer } from "../helpers/redis-server.ts";
import { control, sandboxStatus } from "../sandbox/use-sandbox.ts";

const REPLICAS = 8;
const LIMIT = 50; // per second: the sandbox's limit and the replicas' shared budget
const redis = useRedisServer();
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimit: LIMIT, rateLimitWindowSec: 1 });
});
afterAll(async () => {
  await sandbox?.close();
});

interface Report { ok: number; failures: string[]; statuses: Record<string, number>; endedAt: number; stderr: string }

/** Starts `REPLICAS` replicas, lets them make `calls` calls each once all have loaded, and collects their reports
 *  and the time they started at. */
async function replicas(calls: number): Promise<{ reports: Report[]; startAt: number }> {
  const env = { ...process.env, SANDBOX_URL: sandbox.url, SECRET_KEY: sandbox.secretKey, REDIS_URL: redis.url, CALLS: String(calls), LIMIT: String(LIMIT), WINDOW_SEC: "1" };
  const children = Array.from({ length: REPLICAS }, () => spawn(process.execPath, ["--import", "tsx", join(root, "test/state/client-replica.ts")], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] }));
  const outputs = children.map((child) => {
    const seen = { out: "", err: "" };
    child.stdout.on("data", (d: Buffer) => (seen.out += d));
    child.stderr.on("data", (d: Buffer) => (seen.err += d));
    return seen;
  });
  const exited = children.map((child) => new Promise<number | null>((resolve) => child.once("exit", resolve)));
  const ready = (i: number) => new Promise<void>((resolve, reject) => {
    const check = () => (/^ready$/m.test(outputs[i]!.out) ? resolve() : undefined);
    children[i]!.stdout.on("data", check);
    void exited[i]!.then((code) => reject(new Error(`replica exited ${code} before it was ready: ${outputs[i]!.err}`)));
  });
  await Promise.all(children.map((_, i) => ready(i)));
  const startAt = Date.now() + 200;
  for (const child of children) child.stdin.write(`${startAt}\n`);
  const codes = await Promise.all(exited);
  const reports = outputs.map(({ out, err }, i) => {
    const line = out.trim().split("\n").at(-1);
    if (codes[i] !== 0 || !line?.startsWith("{")) throw new Error(`replica exited ${codes[i]}: ${err}`);
    return { ...(JSON.parse(line) as Report), stderr: err };
  });
  return { reports, startAt };
}

const issued = async () => (await sandboxStatus(sandbox)).access_tokens;
const total = (reports: Report[], status: string) => reports.reduce((sum, r) => sum + (r.statuses[status] ?? 0), 0);

test(`${REPLICAS} processes × 25 calls at ${LIMIT}/s shared: 1 token request, no 429, every call answered, within 15 % of the budget's fastest`, async () => {
  const calls = 25;
  const before = await issued();
  const { reports, startAt } = await replicas(calls);
  expect(reports.flatMap((r) => r.failures)).toEqual([]);
  expect(reports.reduce((sum, r) => sum + r.ok, 0)).toBe(REPLICAS * calls);
  expect(total(reports, "429")).toBe(0);
  expect(await issued()).toBe(before + 1);
  // The budget's fastest: `LIMIT` requests at once, then `LIMIT` more each second (the token request is one of them).
  const requests = REPLICAS * calls + 1;
  const fastestMs = (Math.ceil(requests / LIMIT) - 1) * 1_000;
  const tookMs = Math.max(...reports.map((r) => r.endedAt)) - startAt;
  console.log(`${requests} requests in ${tookMs} ms; the budget's fastest: ${fastestMs} ms (${(tookMs / fastestMs).toFixed(3)}×)`);
  expect(tookMs).toBeGreaterThanOrEqual(fastestMs);
  expect(tookMs).toBeLessThanOrEqual(fastestMs * 1.15);
}, 120_000);

test("after the sandbox revokes the token, the replicas make 1 token request between them", async () => {
  await control(sandbox, "tokens/revoke");
  const before = await issued();
  const { reports } = await replicas(2);
  expect(reports.flatMap((r) => r.failures)).toEqual([]);
  expect(total(reports, "401")).toBeGreaterThan(0); // each went with the stored, revoked token first
  expect(await issued()).toBe(before + 1);
}, 120_000);

test("Redis stopped: every call still succeeds (each replica on its own token and budget), and each says so once", async () => {
  await redis.stop();
  try {
    const { reports } = await replicas(3);
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
    for (const report of reports) {
      expect(report.stderr.match(/requests its own access token until it does/g)).toHaveLength(1);
      expect(report.stderr.match(/keeps a rate budget of its own until it does/g)).toHaveLength(1);
    }
  } finally {
    await redis.start();
  }
}, 120_000);
