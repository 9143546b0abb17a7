// The rehearsal's unit-test run in its copy. The whole vitest `unit` project takes minutes on a shared 2-core
// machine: `npm run rehearse` (part of `npm run check` and CI) sets PC_REHEARSAL_UNIT=full and runs it there.
// Inside `npm test` the rehearsal stops at the build checks (generated/ drift, compile, tsc, lint, docs): the
// copy's tests are the ones `npm test` is running already, and CI runs them in the copy through `rehearse`.
// The rehearsal itself is skipped in the copy.
import type { Run } from "./rehearsal-steps.ts";

export const unitInCopy = () => process.env.PC_REHEARSAL_UNIT === "full";

export const unitScope = () => (unitInCopy() ? "vitest unit project" : "the unit project only in npm run rehearse");

export function unitRun(run: (command: string, ...args: string[]) => Run): Run {
  return run("npx", "vitest", "run", "--project", "unit", "--maxWorkers", process.env.PC_REHEARSAL_WORKERS ?? "2");
}
