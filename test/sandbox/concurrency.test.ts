// The sandbox under concurrent load, through the SDK: distinct Idempotency-Keys make one payment each, one
// key makes one payment however many requests race for it. Counted through listPayments' real pagination.
import http from "node:http";
import { afterEach, beforeEach, expect, test } from "vitest";
import { type Sandbox, startSandbox } from "../../packages/sandbox/src/index.ts";
import { type PayConnect, createPayConnect } from "../../src/entry/node.ts";
import { requestExample } from "../helpers/spec-examples.ts";

let sandbox: Sandbox;
let agent: http.Agent;
let pc: PayConnect;

beforeEach(async () => {
  // Every request counts against the rate limit (the documented 100 per minute would refuse most of them).
  sandbox = await startSandbox({ port: 0, rateLimit: 1_000_000 });
  agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  pc = createPayConnect({ secretKey: sandbox.secretKey, baseUrl: sandbox.url, httpAgent: agent, maxRetries: 0 });
});

afterEach(async () => {
  agent.destroy();
  await sandbox.close();
});

async function listedIds(): Promise<string[]> {
  const ids: string[] = [];
  for await (const p of pc.listPayments.iterate({ limit: 100 })) ids.push(p.id);
  return ids;
}

test("1 000 concurrent creates with distinct Idempotency-Keys make exactly 1 000 payments", async () => {
  const body = requestExample("createPayment");
  const created = await Promise.all(Array.from({ length: 1000 }, (_, i) => pc.createPayment(body, { idempotencyKey: `distinct-${i}` })));
  const ids = new Set(created.map((p) => p.id));
  expect(ids.size).toBe(1000);
  const listed = await listedIds();
  expect(listed.length).toBe(1000);
  expect(new Set(listed)).toEqual(ids);
}, 120_000);

test("100 concurrent creates with one Idempotency-Key make exactly 1 payment, and all 100 get it", async () => {
  const body = requestExample("createPayment");
  const created = await Promise.all(Array.from({ length: 100 }, () => pc.createPayment(body, { idempotencyKey: "one-key-for-all" })));
  expect(new Set(created.map((p) => p.id)).size).toBe(1);
  expect(await listedIds()).toEqual([created[0]!.id]);
}, 60_000);
