// `npm run compile`: src/ and generated/*.ts → dist/ with tsc, plus the generated validators (already
// bundled JavaScript) copied beside them.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync(join(root, "dist"), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
mkdirSync(join(root, "dist/generated"), { recursive: true });
for (const file of ["validators.js", "validators.d.ts", "webhook-validators.js", "webhook-validators.d.ts"]) {
  copyFileSync(join(root, "generated", file), join(root, "dist/generated", file));
}
console.log("compile: dist/ written");
