// `npm run lint:spec [-- --spec <file>]`: Redocly lint (redocly.yaml: recommended-strict, the extra rules and
// the project plugin) and the example check. Both always run, so one run shows every problem; the verdict is
// one line, printed last, and the exit code matches it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSpecExamples } from "./check-examples.ts";
import { runMain, specPath } from "./lib/cli.ts";
import { SpecError } from "./lib/spec.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const redocly = join(dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");

runMain("lint:spec", () => {
  const spec = specPath();
  const failed: string[] = [];

  // The repository's config, also for a spec elsewhere (Redocly would otherwise look beside the working directory).
  const lint = spawnSync(process.execPath, [redocly, "lint", "--format=stylish", "--config", join(root, "redocly.yaml"), spec], {
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_NOTIFICATIONS: "true" },
  });
  if (lint.status !== 0) failed.push("Redocly lint (see its report above)");

  try {
    if (!checkSpecExamples(spec)) failed.push("example check (invalid examples listed above)");
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    console.error(error.message);
    failed.push("the spec does not load (see above)");
  }

  console.log(failed.length === 0 ? "lint:spec: PASS" : `lint:spec: FAIL — ${failed.join("; ")}`);
  if (failed.length > 0) process.exitCode = 1;
});
