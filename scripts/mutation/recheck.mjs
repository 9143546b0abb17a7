// `npm run mutation:recheck [report.json]`: runs the survivors of a Stryker report again against every test
// (coverageAnalysis "all"). The first run's per-test coverage (perTest, which makes it affordable) can miss the
// test that kills a mutant: on 2026-11-30, 2 of 4 src/client survivors checked by hand were killed by tests
// that already existed. A survivor counts only once it survives this run too.
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
  process.exit(spawnSync("npx", ["stryker", "run", config], { stdio: "inherit" }).status ?? 1);
}
