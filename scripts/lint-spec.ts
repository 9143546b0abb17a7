// `npm run lint:spec [-- --spec <file>]`: Redocly lint (redocly.yaml: recommended-strict, the extra rules and
// the project plugin), the OWASP API Security Top 10 rules (Spectral, .spectral.yaml: errors fail, warnings
// are shown) and the example check. All always run, so one run shows every problem; the verdict is one line,
// printed last, and the exit code matches it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSpecExamples } from "./check-examples.ts";
import { runMain, specPath } from "./lib/cli.ts";
import { lintOwasp } from "./lib/owasp.ts";
import { SpecError } from "./lib/spec.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const redocly = join(dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");

runMain("lint:spec", async () => {
  const spec = specPath();
  const failed: string[] = [];
  // Spectral runs beside Redocly (each takes seconds); its report is printed after Redocly's.
  const owasp = lintOwasp(spec).catch((error: unknown) => error as Error);

  // The repository's config, also for a spec elsewhere (Redocly would otherwise look beside the working directory).
  const lint = spawnSync(process.execPath, [redocly, "lint", "--format=stylish", "--config", join(root, "redocly.yaml"), spec], {
    stdio: "inherit",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_NOTIFICATIONS: "true" },
  });
  if (lint.status !== 0) failed.push("Redocly lint (see its report above)");

  const problems = await owasp;
  if (problems instanceof Error) {
    // The message may span lines (Spectral's own); the verdict stays one line.
    console.error(`OWASP rules: ${problems.message}`);
    failed.push("OWASP rules (did not run, see above)");
  } else {
    for (const p of problems) console.log(`${spec}:${p.line}  ${p.severity}  ${p.code}  ${p.message}  ${p.pointer}`);
    const errors = problems.filter((p) => p.severity === "error").length;
    console.log(`OWASP API Security Top 10 (Spectral, .spectral.yaml): ${errors} errors, ${problems.length - errors} warnings or notes`);
    if (errors > 0) failed.push("OWASP rules (errors listed above)");
  }

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
