// `npm run bench -- <name> --quick` (bench/run.ts) runs few rounds, so its
// ratios are noise on a loaded machine. A new-user trial read them as figures: --quick now says so, first.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";
import { root, tsxCli } from "../helpers/paths.ts";

// A name no bench has: run.ts prints what it prints before any bench, and runs none.
const run = (...args: string[]) => spawnSync(process.execPath, [tsxCli, join(root, "bench/run.ts"), "no-such-bench", ...args], { cwd: root, encoding: "utf8" });

test("--quick prints, as its first line, that the ratios are indicative only and a full run on a quiet machine is the figure to quote", () => {
  const out = run("--quick");
  expect(out.status, out.stderr).toBe(0);
  const first = out.stdout.split("\n")[0]!;
  expect(first).toMatch(/--quick/);
  expect(first).toMatch(/few rounds/);
  expect(first).toMatch(/indicative only/);
  expect(first).toMatch(/full run .*quiet machine/);
});

test("a full run prints no such line", () => {
  const out = run();
  expect(out.status, out.stderr).toBe(0);
  expect(out.stdout).not.toMatch(/indicative only/);
});
