// createPayment against the sandbox and against Prism's mock, side by side in one run: the same SDK client
// (keep-alive, one socket per worker), the same concurrency, interleaved rounds; requests per second and
// latency percentiles, median of rounds, with the ratio to Prism. Writes bench/results-sandbox.md.
import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import http from "node:http";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startPrism } from "../scripts/lib/prism.ts";
import { type PayConnect, createPayConnect } from "../src/entry/node.js";
import { specPath } from "../test/helpers/paths.ts";
import { requestExample } from "../test/helpers/spec-examples.ts";
import { median } from "./lib.ts";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const concurrency = 16;
const { rounds, perRound } = quick ? { rounds: 3, perRound: 400 } : { rounds: 5, perRound: 1_000 };
const body = requestExample("createPayment");

const child = fork(join(here, "sandbox-server.ts"), [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
const sandbox = await new Promise<{ url: string; secretKey: string }>((resolve) => child.once("message", (m: { url: string; secretKey: string }) => resolve(m)));
const prism = await startPrism({ spec: specPath, errors: true });

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const client = (baseUrl: string, secretKey: string) => createPayConnect({ secretKey, baseUrl, httpAgent: agent, maxRetries: 0 });
const targets: { name: string; pc: PayConnect }[] = [
  { name: "Prism mock", pc: client(prism.url, "sk_test_bench") },
  { name: "sandbox", pc: client(sandbox.url, sandbox.secretKey) },
];

interface Round {
  rps: number;
  p50: number;
  p99: number;
}

/** `total` createPayment calls from `concurrency` workers, each waiting for its answer before the next. */
async function round(pc: PayConnect, total: number): Promise<Round> {
  const latencies: number[] = [];
  let started = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started++ < total) {
        const t = process.hrtime.bigint();
        await pc.createPayment(body);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]!;
  return { rps: total / seconds, p50: at(0.5), p99: at(0.99) };
}

for (const t of targets) await round(t.pc, Math.min(perRound, 500)); // warm-up: JIT, sockets, the token
const samples = new Map<string, Round[]>(targets.map((t) => [t.name, []]));
for (let r = 0; r < rounds; r++) for (const t of targets) samples.get(t.name)!.push(await round(t.pc, perRound));

const results = targets.map((t) => {
  const s = samples.get(t.name)!;
  return { name: t.name, rps: median(s.map((x) => x.rps)), p50: median(s.map((x) => x.p50)), p99: median(s.map((x) => x.p99)) };
});
const base = results[0]!;
const sandboxResult = results[1]!;
const report = [
  `## createPayment: sandbox vs Prism's mock (Node ${process.version}, loopback, SDK client, ${concurrency} concurrent, median of ${rounds} interleaved rounds of ${perRound}; 1-min load average ${loadavg()[0]!.toFixed(1)})`,
  "",
  "| server | requests/s | p50 ms | p99 ms | throughput vs Prism | p99 vs Prism |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...results.map((x) => `| ${x.name} | ${Math.round(x.rps).toLocaleString("en")} | ${x.p50.toFixed(2)} | ${x.p99.toFixed(2)} | ${(x.rps / base.rps).toFixed(2)}× | ${(x.p99 / base.p99).toFixed(2)}× |`),
  "",
  `The sandbox answers createPayment at ${(sandboxResult.rps / base.rps).toFixed(2)}× Prism's throughput with ${(sandboxResult.p99 / base.p99).toFixed(2)}× its p99 latency,` +
    " while keeping state, idempotency and the rate limit (Prism returns the same example every time).",
  "",
].join("\n");
console.log(report);
if (!quick) writeFileSync(join(here, "results-sandbox.md"), report);
await prism.stop();
agent.destroy();
child.disconnect();
process.exit(0);
