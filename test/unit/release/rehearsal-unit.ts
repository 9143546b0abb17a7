// The rehearsal's unit-test run in its copy: the vitest `unit` project without the rehearsal itself, on few
// workers (the copy shares the machine with the suite that runs the rehearsal).
import type { Run } from "./rehearsal-steps.ts";

export function unitRun(run: (command: string, ...args: string[]) => Run): Run {
  return run("npx", "vitest", "run", "--project", "unit", "--exclude", "test/unit/release/rehearsal.test.ts", "--maxWorkers", process.env.PC_REHEARSAL_WORKERS ?? "2");
}
