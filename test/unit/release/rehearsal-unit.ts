// How far the rehearsal goes in its copy. The build checks (generated/ drift, compile, a full tsc, lint, docs:
// ~13 s alone, ~15 s of CPU) and the whole vitest `unit` project (minutes on a shared 2-core machine) run in
// `npm run rehearse` (part of `npm run check` and CI), which sets PC_REHEARSAL_UNIT=full. Inside `npm test` the
// rehearsal stops after the release itself (the gate's verdicts, `npm run release`, generate, vectors and the files
// they touched): the build checks are the ones `npm test` and CI's `rehearse` run already, and running them twice
// per CI run kept `npm test` over its budget (issue 13). The rehearsal itself is skipped in the copy.
import type { Run } from "./rehearsal-steps.ts";

export const fullInCopy = () => process.env.PC_REHEARSAL_UNIT === "full";

export const checksScope = () => (fullInCopy() ? "check:generated, compile, tsc, lint:spec, docs, vitest unit project" : "the build checks and unit project only in npm run rehearse");

export function unitRun(run: (command: string, ...args: string[]) => Run): Run {
  return run("npx", "vitest", "run", "--project", "unit", "--maxWorkers", process.env.PC_REHEARSAL_WORKERS ?? "2");
}
