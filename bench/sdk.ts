// Per-call cost of the SDK against the node:http floor and its peers, one run, same server.
// Also: retained heap per 10 000 calls and cold import time. Writes bench/results-sdk.md.
import { fork } from "node:child_process";
import http from "node:http";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import Stripe from "stripe";
import type { paths } from "../generated/schema.js";
import { createPayConnect } from "../src/entry/node.js";
import { bindCreatePayConnect } from "../src/entry/bind.js";
import type { Transport } from "../src/transport/types.js";
import { requestExample, responseExample } from "../test/helpers/spec-examples.ts";
import { type Candidate, median, measure, table, timedNode } from "./lib.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const payment = responseExample("getPayment");
const tokenReply = responseExample("createAccessToken");
const server = fork(join(here, "server.mjs"), [JSON.stringify({ payment, token: tokenReply })], { stdio: "inherit" });
const port = await new Promise<number>((resolve) => server.once("message", (m: { port: number }) => resolve(m.port)));
const baseUrl = `http://127.0.0.1:${port}`;
const body = requestExample("createPayment");
const auth = `Bearer ${tokenReply.access_token}`;
const json = JSON.stringify(body);

// The floor: hand-written node:http keep-alive request + JSON.parse.
const agent = new http.Agent({ keepAlive: true });
const floor = (method: string, path: string, payload?: string) =>
  new Promise<unknown>((resolve, reject) => {
    const req = http.request(`${baseUrl}${path}`, {
      method, agent,
      headers: { "content-type": "application/json", authorization: auth, ...(payload ? { "content-length": Buffer.byteLength(payload) } : {}) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
    });
    req.on("error", reject);
    req.end(payload);
  });

const pc = createPayConnect({ secretKey: "sk_test_bench", baseUrl });
await pc.getPayment(payment.id); // token cached from here on
const bare = createClient<paths>({ baseUrl, headers: { authorization: auth } });
const stripe = new Stripe("sk_test_bench", { host: "127.0.0.1", port, protocol: "http", maxNetworkRetries: 0, telemetry: false });

const post: Candidate[] = [
  { name: "node:http floor", run: () => floor("POST", "/v1/payments", json) },
  { name: "SDK createPayment", run: () => pc.createPayment(body) },
  { name: "stripe-node", run: () => stripe.paymentIntents.create({ amount: body.amount, currency: body.currency.toLowerCase() }) },
  { name: "global fetch", run: async () => (await fetch(`${baseUrl}/v1/payments`, { method: "POST", body: json, headers: { "content-type": "application/json", authorization: auth } })).json() },
  { name: "bare openapi-fetch", run: () => bare.POST("/v1/payments", { body }) },
];
const get: Candidate[] = [
  { name: "node:http floor", run: () => floor("GET", `/v1/payments/${payment.id}`) },
  { name: "SDK getPayment", run: () => pc.getPayment(payment.id) },
  { name: "stripe-node", run: () => stripe.paymentIntents.retrieve("pi_1") },
  { name: "global fetch", run: async () => (await fetch(`${baseUrl}/v1/payments/${payment.id}`, { headers: { authorization: auth } })).json() },
  { name: "bare openapi-fetch", run: () => bare.GET("/v1/payments/{payment_id}", { params: { path: { payment_id: payment.id } } }) },
];

const quick = process.argv.includes("--quick");
const opts = quick ? { rounds: 3, ops: 200, warmup: 100 } : { rounds: 7, ops: 1000, warmup: 500 };
const postResults = await measure(post, opts);
const getResults = await measure(get, opts);

// The SDK's own work per call: the same methods over a transport that answers at once, in process, against
// what any caller does with that answer (JSON.parse). The difference is validation, headers, the token, the
// attempt's timer and abort, retry bookkeeping, scrubbing the answer's headers: as a share of the floor above.
const paymentText = JSON.stringify(payment);
const instantHeaders = { "content-type": "application/json", "content-length": String(paymentText.length), "x-request-id": "req_bench" };
const instant: Transport = async ({ url, method }) => url.endsWith("/auth/token")
  ? { status: 200, headers: instantHeaders, body: JSON.stringify(tokenReply) }
  : { status: method === "POST" ? 201 : 200, headers: { ...instantHeaders }, body: paymentText };
const inProcess = bindCreatePayConnect({ name: "node", defaultTransport: () => instant })({ secretKey: "sk_test_bench", baseUrl });
const own = await measure([
  { name: "answer only (JSON.parse)", run: async () => JSON.parse((await instant({ method: "GET", url: baseUrl, headers: {}, abort: undefined as never })).body) },
  { name: "SDK createPayment", run: () => inProcess.createPayment(body) },
  { name: "SDK getPayment", run: () => inProcess.getPayment(payment.id) },
], quick ? { rounds: 3, ops: 2000, warmup: 2000 } : { rounds: 7, ops: 20_000, warmup: 20_000 });
const ownRow = (name: string, floorName: string, results: typeof postResults) => {
  const us = own.find((r) => r.name === name)!.usPerOp - own[0]!.usPerOp;
  const floorUs = results.find((r) => r.name === floorName)!.usPerOp;
  return `| ${name} | ${us.toFixed(1)} | ${((100 * us) / floorUs).toFixed(1)} % |`;
};

// Retained heap after 10 000 calls (after GC): does the client keep anything per call?
async function retained(run: () => Promise<unknown>): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return Number.NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 10_000; i++) await run();
  gc();
  return process.memoryUsage().heapUsed - before;
}
const memory = [
  ["node:http floor", await retained(() => floor("POST", "/v1/payments", json))],
  ["SDK createPayment", await retained(() => pc.createPayment(body))],
  ["stripe-node", await retained(() => stripe.paymentIntents.create({ amount: body.amount, currency: body.currency.toLowerCase() }))],
] as const;

// Cold import time: a fresh node process importing the module, minus a bare node process.
function coldImport(spec: string, n = quick ? 3 : 9): number {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(timedNode(["--input-type=module", "-e", spec ? `await import(${JSON.stringify(spec)})` : ""], root));
  return median(times);
}
const bareNode = coldImport("");
const imports = [
  ["@payconnect/sdk (dist)", coldImport("@payconnect/sdk") - bareNode],
  ["@payconnect/sdk/webhooks (dist)", coldImport("@payconnect/sdk/webhooks") - bareNode],
  ["stripe", coldImport("stripe") - bareNode],
] as const;
const stripeImport = imports.find(([name]) => name === "stripe")![1];

const report = [
  `## SDK per-call cost (Node ${process.version}, loopback, keep-alive; median of interleaved rounds)`,
  "",
  table("POST (createPayment, validation on, token cached)", postResults, "node:http floor", "µs/call"),
  table("GET (getPayment)", getResults, "node:http floor", "µs/call"),
  "### The SDK's own work per call (a transport answering at once, in process)",
  "",
  "| call | µs over JSON.parse of the answer | share of the node:http floor |",
  "| --- | ---: | ---: |",
  ownRow("SDK createPayment", "node:http floor", postResults),
  ownRow("SDK getPayment", "node:http floor", getResults),
  "",
  "### Retained heap after 10 000 calls (after GC)",
  "",
  "| candidate | KB |",
  "| --- | ---: |",
  ...memory.map(([name, bytes]) => `| ${name} | ${Number.isNaN(bytes) ? "run with --expose-gc" : (bytes / 1024).toFixed(0)} |`),
  "",
  `### Cold import time over bare node (${bareNode.toFixed(0)} ms)`,
  "",
  "| module | ms | ratio to stripe |",
  "| --- | ---: | ---: |",
  ...imports.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${(ms / stripeImport).toFixed(2)}× |`),
  "",
].join("\n");
console.log(report);
if (!quick) writeFileSync(join(here, "results-sdk.md"), report);
server.disconnect();
agent.destroy();
process.exit(0);
