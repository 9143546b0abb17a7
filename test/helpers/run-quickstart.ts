// Runs examples/quickstart.ts as a merchant would (npx tsx examples/quickstart.ts [payment id]), with its env.
import { spawn } from "node:child_process";
import { root, tsxCli } from "./paths.ts";

export function runQuickstart(env: Record<string, string>, args: string[] = []): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsxCli, "examples/quickstart.ts", ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** The payment id and confirmation_url the first run printed. */
export function createdPayment(stdout: string): { id: string; confirmationUrl: string } {
  const match = /created (\S+) \(pending\); send the customer to (\S+)/.exec(stdout);
  if (match === null) throw new Error(`the quickstart printed no created payment:\n${stdout}`);
  return { id: match[1]!, confirmationUrl: match[2]! };
}
