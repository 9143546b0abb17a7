import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const specPath = resolve(root, "openapi.yaml");
export const tsxCli = resolve(root, "node_modules/tsx/dist/cli.mjs");
/** How `npm run generate` runs a script: bundled and cached (scripts/run-bundled.mjs). */
export const runBundled = resolve(root, "scripts/run-bundled.mjs");
export const redoclyCli = resolve(root, "node_modules/@redocly/cli/bin/cli.js");
