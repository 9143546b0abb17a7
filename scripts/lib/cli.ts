// What every script shares on the command line: where the spec is (`--spec <file>`, default openapi.yaml in
// the working directory) and how a failure is reported (its message only — it says where and what to do —
// and exit code 1; no stack trace).
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The spec file named by `--spec <file>` or `--spec=<file>`, else `openapi.yaml`, resolved from the working directory. */
export function specPath(argv: readonly string[] = process.argv.slice(2)): string {
  return explicitSpecPath(argv) ?? resolve("openapi.yaml");
}

/** The `--spec` file if one was given, for scripts that pass it on to the npm scripts they run. */
export function explicitSpecPath(argv: readonly string[] = process.argv.slice(2)): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--spec") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error("--spec needs a file name, e.g. --spec openapi.yaml");
      return resolve(value);
    }
    if (arg.startsWith("--spec=")) return resolve(arg.slice("--spec=".length));
  }
  return undefined;
}

/** Runs a script's main function; any error ends the process with exit code 1 and its message only. */
export function runMain(name: string, main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}

/** True when the module at `importMetaUrl` is the script node was started with (not imported by a test). Both
 *  sides as real paths: node runs a symlink's target, whose import.meta.url is not the path it was given. */
export function isEntry(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && realPath(resolve(process.argv[1])) === realPath(fileURLToPath(importMetaUrl));
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file; // not there (node -e, a test's made-up path): compared as written
  }
}
