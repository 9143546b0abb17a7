// `npm run build:sandbox`: packages/sandbox/src → packages/sandbox/dist, the files @payconnect/sandbox
// publishes. esbuild bundles each entry with the parts of this repository it uses (the generated operation
// table and validators, the SDK's validation and webhook signing), so the package needs no copy of the SDK;
// its own dependencies (ajv, ajv-formats, fast-check, yaml) stay external. tsc writes the type declarations.
import { execFileSync } from "node:child_process";
import { chmodSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { runMain } from "./lib/cli.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = join(root, "packages/sandbox");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

runMain("build:sandbox", async () => {
  rmSync(join(pkg, "dist"), { recursive: true, force: true });
  await build({
    entryPoints: { index: join(pkg, "src/index.ts"), cli: join(pkg, "src/cli.ts") },
    outdir: join(pkg, "dist"),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["ajv", "ajv/*", "ajv-formats", "fast-check", "yaml"],
    logLevel: "warning",
  });
  chmodSync(join(pkg, "dist/cli.js"), 0o755);
  try {
    execFileSync(process.execPath, [tsc, "-p", join(pkg, "tsconfig.types.json")], { stdio: "inherit" });
  } catch {
    throw new Error("tsc could not write the sandbox's type declarations (errors above).");
  }
  console.log("build:sandbox: packages/sandbox/dist written (index.js, cli.js, types/)");
});
