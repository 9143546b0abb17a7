// Issue 14's promise for webhook de-duplication, with real processes: four replicas (webhook-replica.ts, each its
// own Node process and Redis connection) behind one real redis-server. One event delivered 20 times at once across
// them is processed once; a delivery whose processing throws is processed on redelivery; with Redis stopped the
// replicas answer 5xx and process nothing, and the redelivery after Redis is back is processed once.
// "PayConnect" here is the test: it signs each delivery and delivers again whatever was not answered 2xx.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { signWebhook } from "../../src/entry/webhooks-node.ts";
import { root } from "../helpers/paths.ts";
import { useRedisServer } from "../helpers/redis-server.ts";

const REPLICAS = 4;
const SECRET = "whsec_dedupe_processes_test";
const redis = useRedisServer();
const dir = mkdtempSync(join(tmpdir(), "pc-dedupe-"));
const processedFile = join(dir, "processed.log");
const children: ChildProcess[] = [];
const ports: number[] = [];
let eventSeq = 0;

beforeAll(async () => {
  const env = { ...process.env, REDIS_URL: redis.url, WEBHOOK_SECRET: SECRET, PROCESSED_FILE: processedFile, MARKER_DIR: dir, FAIL_FIRST: "evt_failsfirst" };
  await Promise.all(Array.from({ length: REPLICAS }, () => new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "test/state/webhook-replica.ts")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let err = "";
    child.stderr!.on("data", (d: Buffer) => (err += d));
    child.stdout!.on("data", (d: Buffer) => {
      const port = /listening (\d+)/.exec(String(d))?.[1];
      if (port) (ports.push(Number(port)), resolve());
    });
    child.once("exit", (code) => reject(new Error(`replica exited ${code}: ${err}`)));
  })));
}, 60_000);

afterAll(async () => {
  await Promise.all(children.map((child) => new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(undefined);
    child.once("exit", resolve);
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 3_000).unref();
  })));
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh event id per test (the Redis server is shared by the file). */
const newEventId = (name: string) => `evt_${name}${++eventSeq}`;

async function delivery(eventId: string) {
  const body = JSON.stringify({ id: eventId, type: "payment.future_event", created_at: new Date().toISOString(), data: { object: {} } });
  return { body, signature: await signWebhook(body, SECRET, { timestamp: Math.floor(Date.now() / 1000) }) };
}

/** One delivery to one replica: its status and what it said. */
async function deliver(port: number, body: string, signature: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/webhooks`, { method: "POST", headers: { "content-type": "application/json", "x-payconnect-signature": signature }, body });
  return { status: res.status, text: await res.text() };
}

/** `count` deliveries of one event at once, spread over the replicas; then each one not answered 2xx is delivered
 *  again (to the next replica) until it is, as PayConnect does. Returns the first answers and the rounds it took. */
async function deliverUntilAcknowledged(eventId: string, count: number) {
  const { body, signature } = await delivery(eventId);
  const first = await Promise.all(Array.from({ length: count }, (_, i) => deliver(ports[i % REPLICAS]!, body, signature)));
  let pending = first.map((answer, i) => ({ answer, i })).filter(({ answer }) => answer.status !== 200);
  let rounds = 0;
  while (pending.length > 0) {
    expect(++rounds, `still refused after ${rounds} rounds: ${JSON.stringify(pending.map((p) => p.answer))}`).toBeLessThan(50);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await Promise.all(pending.map(({ i }) => deliver(ports[(i + rounds) % REPLICAS]!, body, signature)));
    pending = again.map((answer, k) => ({ answer, i: pending[k]!.i })).filter(({ answer }) => answer.status !== 200);
  }
  return { first, rounds };
}

const timesProcessed = (eventId: string) => (existsSync(processedFile) ? readFileSync(processedFile, "utf8").split("\n").filter((line) => line === eventId).length : 0);

test("one event delivered 20 times at once to 4 processes is processed once; the deliveries that raced it are refused with 503 until then", async () => {
  const id = newEventId("many");
  const { first } = await deliverUntilAcknowledged(id, 20);
  expect(timesProcessed(id)).toBe(1);
  expect(first.filter((a) => a.text === "processed")).toHaveLength(1);
  for (const answer of first) expect([`200 processed`, `200 duplicate`, `503 EventInProgressError`]).toContain(`${answer.status} ${answer.text}`);
  // Some deliveries raced the processing one (it takes 50 ms): the test did exercise the in-progress path.
  expect(first.filter((a) => a.status === 503).length).toBeGreaterThan(0);
}, 60_000);

test("a delivery whose processing throws is processed on redelivery, once", async () => {
  const id = "evt_failsfirst"; // listed in the replicas' FAIL_FIRST
  const { first } = await deliverUntilAcknowledged(id, 20);
  expect(existsSync(join(dir, `failed-${id}`)), "the planted failure happened").toBe(true);
  expect(first.some((a) => a.status === 503 && a.text === "Error")).toBe(true);
  expect(timesProcessed(id)).toBe(1);
}, 60_000);

test("Redis stopped: the replicas answer 503 (SharedStoreError) and process nothing; back, the redelivery is processed once", async () => {
  const id = newEventId("outage");
  const { body, signature } = await delivery(id);
  await redis.stop();
  try {
    const answers = await Promise.all(ports.map((port) => deliver(port, body, signature)));
    expect(answers.map((a) => `${a.status} ${a.text}`)).toEqual(ports.map(() => "503 SharedStoreError"));
    expect(timesProcessed(id)).toBe(0);
  } finally {
    await redis.start();
  }
  const { first } = await deliverUntilAcknowledged(id, REPLICAS);
  expect(timesProcessed(id)).toBe(1);
  expect(first.filter((a) => a.text === "processed").length).toBeLessThanOrEqual(1);
}, 60_000);
