// `npm run check [-- --spec <file>]`: what a maintainer runs before pushing — spec lint, drift check, type
// check, breaking-change gate, tests — ending with a one-line verdict. `--spec` is passed on to the spec lint
// and the drift check (the tests always use openapi.yaml; the gate compares openapi.yaml with the release).
import { spawnSync } from "node:child_process";
import { explicitSpecPath, runMain } from "./lib/cli.ts";

runMain("check", () => {
  const given = explicitSpecPath();
  const specArgs = given === undefined ? [] : ["--", "--spec", given];
  const steps: [label: string, script: string, readsSpec: boolean][] = [
    ["spec lint", "lint:spec", true],
    ["generated/ drift", "check:generated", true],
    ["type check", "typecheck", false],
    ["breaking changes", "diff:spec", true],
    ["tests", "test", false],
    ["release rehearsal with the whole unit project in its copy", "rehearse", false],
  ];
  const results: string[] = [];
  for (const [label, script, readsSpec] of steps) {
    const started = performance.now();
    console.log(`\n▶ ${label} (npm run ${script})`);
    const run = spawnSync("npm", ["run", "--silent", script, ...(readsSpec ? specArgs : [])], { stdio: "inherit" });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (run.status !== 0) {
      console.log(`\ncheck: FAIL at ${label} (npm run ${script}) after ${[...results, `${label} ✗`].join(", ")}`);
      process.exitCode = 1;
      return;
    }
    results.push(`${label} ✓ ${seconds}s`);
  }
  console.log(`\ncheck: PASS — ${results.join(", ")}`);
});
