// `payconnect …` from source as a real process, with no PAYCONNECT_* variable of this process leaking in: what a
// user's shell would run, with the environment a test gives it.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { root } from "../../helpers/paths.ts";

const cli = join(root, "packages/sandbox/src/cli.ts");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, timeout = 120_000): Promise<CliRun> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("PAYCONNECT_")));
    execFile(process.execPath, ["--import", "tsx", cli, ...args], { cwd: root, encoding: "utf8", env: { ...clean, ...env }, timeout }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }));
  });
}
