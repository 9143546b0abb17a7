// Part of `npm run lint:spec`: every example in openapi.yaml must validate against its schema.
import { resolve } from "node:path";
import { checkExamples } from "./lib/examples.ts";
import { loadSpec } from "./lib/spec.ts";

const specPath = resolve(process.argv[2] ?? "openapi.yaml");
const { checked, problems } = checkExamples(loadSpec(specPath));
for (const p of problems) console.error(`${p.where}: ${p.message}`);
console.log(`examples: ${checked} checked, ${problems.length} invalid`);
process.exit(problems.length > 0 ? 1 : 0);
