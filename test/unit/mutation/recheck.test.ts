// The survivors' recheck selects exactly the lines of the mutants that survived or were not covered.
import { expect, test } from "vitest";
// @ts-expect-error a plain ESM script without types
import { survivorRanges } from "../../../scripts/mutation/recheck.mjs";

const at = (line: number, endLine = line) => ({ start: { line, column: 3 }, end: { line: endLine, column: 9 } });

test("survived and uncovered mutants give their line ranges, once each; killed, timed-out and ignored ones none", () => {
  const report = {
    files: {
      "src/a.ts": { mutants: [
        { status: "Survived", location: at(3) }, { status: "Survived", location: at(3) }, { status: "Killed", location: at(4) },
        { status: "NoCoverage", location: at(7, 9) }, { status: "Timeout", location: at(11) }, { status: "Ignored", location: at(12) },
      ] },
      "src/b.ts": { mutants: [{ status: "Killed", location: at(1) }] },
    },
  };
  expect(survivorRanges(report)).toEqual(["src/a.ts:3-3", "src/a.ts:7-9"]);
});
