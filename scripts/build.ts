// `npm run build [-- --spec <file>]`, the main job: lint the spec, regenerate, compile, type-check, render the
// docs; then a short summary. `--spec` is passed on to the steps that read the spec.
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { operationRows } from "./gen/operations.ts";
import { explicitSpecPath, runMain, specPath } from "./lib/cli.ts";
import { loadSpec } from "./lib/spec.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
runMain("build", () => {
  const given = explicitSpecPath();
  const specArgs = given === undefined ? [] : ["--", "--spec", given];
  // compile before typecheck: examples/ import the package by name, which resolves to dist/.
  const steps = ["lint:spec", "generate", "compile", "build:sandbox", "typecheck", "docs"];
  const readsSpec = new Set(["lint:spec", "generate", "docs"]);
  const timings: string[] = [];

  for (const step of steps) {
    const started = performance.now();
    console.log(`\n▶ npm run ${step}`);
    try {
      execFileSync("npm", ["run", "--silent", step, ...(readsSpec.has(step) ? specArgs : [])], { cwd: root, stdio: "inherit" });
    } catch {
      throw new Error(`failed at \`npm run ${step}\` (see above).`);
    }
    timings.push(`${step} ${((performance.now() - started) / 1000).toFixed(1)}s`);
  }

  const spec = loadSpec(specPath());
  const ops = Object.keys(operationRows(spec));
  const hooks = Object.keys((spec.webhooks as object | undefined) ?? {});
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  console.log(`
build summary
  operations: ${ops.length} (${ops.join(", ")})
  webhooks:   ${hooks.length} (${hooks.join(", ")})
  generated/: ${readdirSync(join(root, "generated")).length} files
  dist/:      ${files(join(root, "dist")).length} files (docs: dist/docs/index.html, ${(statSync(join(root, "dist/docs/index.html")).size / 1024).toFixed(0)} KB)
  steps:      ${timings.join(", ")}`);
});
