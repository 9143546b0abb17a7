// `npm run check`: what a maintainer runs before pushing — spec lint, drift check, type check, breaking-change
// gate, tests — ending with a one-line verdict.
import { spawnSync } from "node:child_process";

const steps: [label: string, script: string][] = [
  ["spec lint", "lint:spec"],
  ["generated/ drift", "check:generated"],
  ["type check", "typecheck"],
  ["breaking changes", "diff:spec"],
  ["tests", "test"],
  ["release rehearsal with the whole unit project in its copy", "rehearse"],
];
const results: string[] = [];
for (const [label, script] of steps) {
  const started = performance.now();
  console.log(`\n▶ ${label} (npm run ${script})`);
  const run = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.log(`\ncheck: FAIL at ${label} (npm run ${script}) after ${[...results, `${label} ✗`].join(", ")}`);
    process.exit(1);
  }
  results.push(`${label} ✓ ${seconds}s`);
}
console.log(`\ncheck: PASS — ${results.join(", ")}`);
