// The example half of `npm run lint:spec` (also runnable alone: `tsx scripts/check-examples.ts [--spec <file>]`):
// every example in the spec must validate against its schema. Problems are printed as file:line:col.
import { checkExamples } from "./lib/examples.ts";
import { isEntry, runMain, specPath } from "./lib/cli.ts";
import { loadSpecWithSource } from "./lib/spec.ts";

/** Prints every invalid example and a count; true when all are valid. A spec that does not load throws SpecError. */
export function checkSpecExamples(path: string): boolean {
  const { spec, locate } = loadSpecWithSource(path);
  const { checked, problems } = checkExamples(spec);
  for (const p of problems) console.error(`${locate(p.where)}: example ${p.where}: ${p.message}`);
  console.log(`examples: ${checked} checked, ${problems.length} invalid`);
  return problems.length === 0;
}

if (isEntry(import.meta.url)) {
  runMain("check-examples", () => {
    if (!checkSpecExamples(specPath())) process.exitCode = 1;
  });
}
