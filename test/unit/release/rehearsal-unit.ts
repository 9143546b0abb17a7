// The rehearsal's unit-test run in its copy. The whole vitest `unit` project takes minutes on a shared 2-core
// machine, too long to run a second time inside \`npm test\`: there the copy runs the tests that read the spec's
// examples, versions and payloads (the ones a release could break); \`npm run rehearse\` (part of \`npm run check\`
// and CI) sets PC_REHEARSAL_UNIT=full and runs the whole project. The rehearsal itself is skipped in the copy.
import type { Run } from "./rehearsal-steps.ts";

export const SPEC_DATA_TESTS = [
  "test/unit/sdk", "test/unit/webhooks", "test/unit/validators.test.ts", "test/unit/tolerant-responses.test.ts",
  "test/unit/spec-examples.test.ts", "test/integration", "test/recipes", "test/package/release.test.ts",
];

export const unitScope = () => (process.env.PC_REHEARSAL_UNIT === "full" ? "the whole unit project" : "the tests that read spec data");

export function unitRun(run: (command: string, ...args: string[]) => Run): Run {
  const files = process.env.PC_REHEARSAL_UNIT === "full" ? [] : SPEC_DATA_TESTS;
  return run("npx", "vitest", "run", "--project", "unit", ...files, "--maxWorkers", process.env.PC_REHEARSAL_WORKERS ?? "2");
}
