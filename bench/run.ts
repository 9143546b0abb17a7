// `npm run bench`: every benchmark, each in a fresh process with --expose-gc; results in bench/results-*.md.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { QUICK_NOTE } from "./lib.ts";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (process.argv.includes("--quick")) console.log(QUICK_NOTE);
const benches = readdirSync(here).filter((f) => /^(sdk|webhooks|sandbox|tooling|shared)\.ts$/.test(f)).filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
for (const file of benches) {
  execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(here, file), ...process.argv.slice(2).filter((a) => a.startsWith("--"))], { stdio: "inherit" });
}
