// @ts-check
// `npm run mutation`: Stryker mutates all of src/ and runs the in-process unit, integration and webhook
// recipe tests against each mutant (vitest.mutation.config.ts points imports of dist/ and of the package
// name at src/). Fails under 90 %. Reports and the incremental file go to reports/, the sandboxes to
// .stryker-tmp/ (both git-ignored, and outside package.json "files").
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner", "./scripts/mutation/message-text-ignorer.mjs"],
  ignorers: ["message-text"],
  mutate: ["src/**/*.ts"],
  // dist/ stays out of the sandbox, so a test that still loaded the build would fail rather than pass
  // against every mutant.
  ignorePatterns: ["dist", "coverage", "test-results", "test/.work", "reports", "bench"],
  // Every mutant runs against every test, stopped at the first failing file (vitest.mutation.config.ts runs the
  // file that killed the previous mutant first, then the quickest). Per-test coverage ("perTest") was slower and
  // wrong here: it misses code run in hooks or after a test's own awaits, so on 2026-11-30 69 of 83 src/transport
  // survivors under perTest were killed by existing tests when run against all of them (docs/MAINTAINING.md).
  coverageAnalysis: "all",
  // The machine running this is usually shared: two test processes at most.
  concurrency: 2,
  // A mutant's time limit is (its covering tests' time in the initial run) × timeoutFactor + timeoutMS. On a
  // shared machine the tests run several times slower than in the initial run, and the default 1.5 × + 5 s
  // reported healthy mutants as timeouts (a worker restart each). A hung test fails after vitest's testTimeout
  // (vitest.mutation.config.ts) and a synchronous endless loop trips Stryker's hit limit, so the wider limit
  // costs nothing for real hangs.
  timeoutFactor: 4,
  timeoutMS: 15_000,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
