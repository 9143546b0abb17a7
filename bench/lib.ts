// Measuring helpers shared by the benchmarks: interleaved rounds, median of rounds, ratio to a baseline
// measured in the same run, and the wall time of a fresh node process.
import { spawnSync } from "node:child_process";

/** What bench/run.ts prints first under --quick: its ratios are not figures to quote. */
export const QUICK_NOTE =
  "bench --quick: few rounds, so the ratios below are indicative only (noise on a loaded machine); the figure to quote is a full run (no --quick) on a quiet machine, written to bench/results-*.md.";

export interface Candidate {
  name: string;
  run: () => Promise<unknown> | unknown;
}

export interface Result {
  name: string;
  usPerOp: number;
}

/** Runs every candidate `rounds` times, interleaved, `ops` operations per round; reports the median round. */
export async function measure(candidates: Candidate[], { rounds = 7, ops = 1000, warmup = 300 } = {}): Promise<Result[]> {
  for (const c of candidates) for (let i = 0; i < warmup; i++) await c.run();
  const samples = new Map<string, number[]>(candidates.map((c) => [c.name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const c of candidates) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < ops; i++) await c.run();
      samples.get(c.name)!.push(Number(process.hrtime.bigint() - start) / 1000 / ops);
    }
  }
  return candidates.map((c) => ({ name: c.name, usPerOp: median(samples.get(c.name)!) }));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function table(title: string, results: Result[], baseline: string, unit = "µs/op", perSecond = false): string {
  const base = results.find((r) => r.name === baseline)!.usPerOp;
  const rate = (r: Result) => (perSecond ? ` ${Math.round(1e6 / r.usPerOp).toLocaleString("en")} |` : "");
  const rows = results.map((r) => `| ${r.name} | ${r.usPerOp.toFixed(1)} |${rate(r)} ${(r.usPerOp / base).toFixed(2)}× |`);
  const head = perSecond ? `| candidate | ${unit} | per second | ratio to ${baseline} |` : `| candidate | ${unit} | ratio to ${baseline} |`;
  return [`### ${title}`, "", head, perSecond ? "| --- | ---: | ---: | ---: |" : "| --- | ---: | ---: |", ...rows, ""].join("\n");
}

/** Milliseconds a fresh `node <args>` takes in `cwd`, start to exit; throws with its stderr if it fails. */
export function timedNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const start = process.hrtime.bigint();
  const out = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env } });
  if (out.status !== 0) throw new Error(`node ${args.join(" ")}: ${String(out.stderr)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
