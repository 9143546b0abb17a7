// `npm run compile`: src/ and generated/*.ts → dist/ with tsc, then the exported entries bundled
// (scripts/lib/bundle-entries.ts). Only what this script writes (dist/src, dist/generated) is cleared
// first: dist/docs from `npm run docs` stays, so `npm run bench` (which compiles) keeps the rendered docs.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleEntries } from "./lib/bundle-entries.ts";
import { runMain } from "./lib/cli.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
/** Everything compile writes; tsconfig.build.json compiles src/ and generated/ with rootDir "." into dist/. */
const compileOutputs = ["dist/src", "dist/generated"];

runMain("compile", async () => {
  for (const dir of compileOutputs) rmSync(join(root, dir), { recursive: true, force: true });
  try {
    execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
  } catch {
    throw new Error("tsc reported errors (above); fix them, or run npm run generate if generated/ is stale.");
  }
  const bundled = await bundleEntries(root);
  console.log(`compile: ${compileOutputs.join(", ")} written; ${bundled.length} bundle files (${bundled.map((f) => f.split("/").pop()).join(", ")})`);
});
