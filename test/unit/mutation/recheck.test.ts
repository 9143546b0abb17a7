// The survivors' recheck selects exactly the mutants that survived or were not covered: each one's own range, in
// the form Stryker's `mutate` option reads (parsed here with Stryker's own pattern).
import { expect, test } from "vitest";
// @ts-expect-error a plain ESM script without types
import { survivorRanges } from "../../../scripts/mutation/recheck.mjs";
// Stryker's modules import each other in a cycle: its entry first, then the reader that parses `mutate`.
import "@stryker-mutator/core";
import { MUTATION_RANGE_REGEX } from "../../../node_modules/@stryker-mutator/core/dist/src/fs/project-reader.js";

const at = (line: number, endLine = line) => ({ start: { line, column: 3 }, end: { line: endLine, column: 9 } });

test("survived and uncovered mutants give their ranges, once each; killed, timed-out and ignored ones none", () => {
  const report = {
    files: {
      "src/a.ts": { mutants: [
        { status: "Survived", location: at(3) }, { status: "Survived", location: at(3) }, { status: "Killed", location: at(4) },
        { status: "NoCoverage", location: at(7, 9) }, { status: "Timeout", location: at(11) }, { status: "Ignored", location: at(12) },
      ] },
      "src/b.ts": { mutants: [{ status: "Killed", location: at(1) }] },
    },
  };
  expect(survivorRanges(report)).toHaveLength(2);
  // Stryker reads `file:line:column-line:column` as 1-based lines and 0-based columns; the report's positions
  // are 1-based in both, so each range is the mutant's own location, converted.
  const parsed = survivorRanges(report).map((range: string) => {
    const [, file, , startLine, startColumn, endLine, endColumn] = MUTATION_RANGE_REGEX.exec(range)!;
    return { file, start: { line: Number(startLine), column: Number(startColumn) + 1 }, end: { line: Number(endLine), column: Number(endColumn) + 1 } };
  });
  expect(parsed).toEqual([{ file: "src/a.ts", ...at(3) }, { file: "src/a.ts", ...at(7, 9) }]);
});
