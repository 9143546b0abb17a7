import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const specPath = resolve(root, "openapi.yaml");
export const tsxCli = resolve(root, "node_modules/tsx/dist/cli.mjs");
export const redoclyCli = resolve(root, "node_modules/@redocly/cli/bin/cli.js");
