// How long the maintainers' loop takes: `npm run generate` (here its --check form, which renders every file
// and writes none) through scripts/run-bundled.mjs with a warm cache and with a cold one (the first run after a
// script or the lockfile changed), against the same script under tsx (how it ran before) and against the
// floor: a bare node process importing openapi-typescript, which every way of generating must load.
// Interleaved rounds, medians, ratios to the floor. Writes bench/results-tooling.md.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median, timedNode } from "./lib.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const quick = process.argv.includes("--quick");
const rounds = quick ? 3 : 7;
const warmCache = mkdtempSync(join(tmpdir(), "pc-bench-cache-"));

const timed = (args: string[], env: NodeJS.ProcessEnv = {}) => timedNode(args, root, env);

const candidates: [string, () => number][] = [
  ["node + import openapi-typescript (floor)", () => timed(["--input-type=module", "-e", 'await import("openapi-typescript")'])],
  ["generate --check, bundled, warm cache", () => timed(["scripts/run-bundled.mjs", "scripts/generate.ts", "--check"], { PAYCONNECT_SCRIPTS_CACHE: warmCache })],
  [
    "generate --check, bundled, cold cache",
    () => {
      const cold = mkdtempSync(join(tmpdir(), "pc-bench-cold-"));
      try {
        return timed(["scripts/run-bundled.mjs", "scripts/generate.ts", "--check"], { PAYCONNECT_SCRIPTS_CACHE: cold });
      } finally {
        rmSync(cold, { recursive: true, force: true });
      }
    },
  ],
  ["generate --check under tsx (before)", () => timed([join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/generate.ts", "--check"])],
];

candidates[1]![1](); // fills the warm cache
const samples = new Map<string, number[]>(candidates.map(([name]) => [name, []]));
for (let r = 0; r < rounds; r++) for (const [name, run] of candidates) samples.get(name)!.push(run());
rmSync(warmCache, { recursive: true, force: true });

const floor = median(samples.get(candidates[0]![0])!);
const report = [
  `## Maintainers' loop (Node ${process.version}; median of ${rounds} interleaved rounds, each a fresh process)`,
  "",
  "| command | ms | ratio to the floor |",
  "| --- | ---: | ---: |",
  ...candidates.map(([name]) => {
    const ms = median(samples.get(name)!);
    return `| ${name} | ${ms.toFixed(0)} | ${(ms / floor).toFixed(2)}× |`;
  }),
  "",
].join("\n");
console.log(report);
if (!quick) writeFileSync(join(here, "results-tooling.md"), report);
