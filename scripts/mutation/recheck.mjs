// `npm run mutation:recheck [report.json]`: runs the survivors of a Stryker report again, each against every test,
// and not incrementally: an incremental run reuses the old verdict of every mutant whose code is unchanged (with
// coverageAnalysis "all" Stryker cannot tell which tests were added for it), so after adding tests for survivors,
// this is the run whose verdict counts. Also for reports made with per-test coverage, which can miss the test
// that kills a mutant (69 of 83 src/transport survivors on 2026-11-30).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/**
 * The exact range of every mutant of `report` that survived or had no coverage, as Stryker's `mutate` takes it:
 * `file:line:column-line:column`, lines 1-based and columns 0-based there, while the report's columns are
 * 1-based. Only mutants inside a range run (a mutant nested in a survivor's code runs too), not whole lines.
 */
export function survivorRanges(report) {
  const ranges = new Set();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const { status, location: { start, end } } of mutants) {
      if (status === "Survived" || status === "NoCoverage") ranges.add(`${file}:${start.line}:${start.column - 1}-${end.line}:${end.column - 1}`);
    }
  }
  return [...ranges];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const source = process.argv[2] ?? "reports/mutation/mutation.json";
  const mutate = survivorRanges(JSON.parse(readFileSync(source, "utf8")));
  if (mutate.length === 0) {
    console.log(`mutation:recheck: ${source} has no survivors.`);
    process.exit(0);
  }
  const config = "reports/mutation/recheck.config.mjs";
  writeFileSync(config, [
    `import base from "../../stryker.config.mjs";`,
    `export default { ...base, coverageAnalysis: "all", mutate: ${JSON.stringify(mutate)},`,
    `  jsonReporter: { fileName: "reports/mutation/recheck.json" }, htmlReporter: { fileName: "reports/mutation/recheck.html" },`,
    `  incrementalFile: "reports/mutation/recheck-incremental.json" };`,
  ].join("\n"));
  console.log(`mutation:recheck: ${mutate.length} survivors' ranges of ${source}, every test against each mutant`);
  // Every test, whatever a part's run was narrowed to (MUTATION_TESTS in vitest.mutation.config.ts).
  const { MUTATION_TESTS: _narrowed, ...env } = process.env;
  process.exit(spawnSync("npx", ["stryker", "run", config], { stdio: "inherit", env }).status ?? 1);
}
