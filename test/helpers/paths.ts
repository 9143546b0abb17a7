import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const specPath = resolve(root, "openapi.yaml");
export const tsxCli = resolve(root, "node_modules/tsx/dist/cli.mjs");
/** How `npm run generate` runs a script: bundled and cached (scripts/run-bundled.mjs). */
export const runBundled = resolve(root, "scripts/run-bundled.mjs");
export const redoclyCli = resolve(root, "node_modules/@redocly/cli/bin/cli.js");

// The scripts package.json runs through scripts/run-bundled.mjs (the rest run under tsx).
const bundledScripts = new Set(
  Object.values((JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts)
    .map((command) => /^node scripts\/run-bundled\.mjs scripts\/([\w-]+\.ts)\b/.exec(command)?.[1])
    .filter((name): name is string => name !== undefined),
);

/** `node <these> [args]` runs `script` (a path to scripts/<name>.ts) as npm does: bundled where package.json says so. */
export function scriptArgs(script: string): string[] {
  return [bundledScripts.has(basename(script)) ? runBundled : tsxCli, script];
}
