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
  coverageAnalysis: "perTest",
  // The machine running this is usually shared: two test processes at most.
  concurrency: 2,
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  incrementalFile: "reports/mutation/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
