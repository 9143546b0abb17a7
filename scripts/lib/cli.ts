// What every script shares on the command line: where the spec is (`--spec <file>`, default openapi.yaml in
// the working directory) and how a failure is reported (one line saying what to do, no stack trace).
import { resolve } from "node:path";

/** The spec file named by `--spec <file>` or `--spec=<file>`, else `openapi.yaml`, resolved from the working directory. */
export function specPath(argv: readonly string[] = process.argv.slice(2)): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--spec") {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error("--spec needs a file name, e.g. --spec openapi.yaml");
      return resolve(value);
    }
    if (arg.startsWith("--spec=")) return resolve(arg.slice("--spec=".length));
  }
  return resolve("openapi.yaml");
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
