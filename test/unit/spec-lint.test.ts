// `npm run lint:spec` promise: Redocly (recommended-strict + extras) reports 0 errors and 0 warnings.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { redoclyCli, root, specPath } from "../helpers/paths.ts";

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string }[];
}

function lint(file: string, cwd: string): LintReport {
  const run = spawnSync(process.execPath, [redoclyCli, "lint", "--format=json", file], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_NOTIFICATIONS: "true" },
  });
  const json = run.stdout.slice(run.stdout.indexOf("{"));
  return JSON.parse(json) as LintReport;
}

describe("openapi.yaml lint", () => {
  test("has 0 errors and 0 warnings", () => {
    const report = lint(specPath, root);
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  test("the same config catches a wrong example", () => {
    const dir = mkdtempSync(join(tmpdir(), "pc-lint-"));
    copyFileSync(join(root, "redocly.yaml"), join(dir, "redocly.yaml"));
    const broken = readFileSync(specPath, "utf8").replace(
      "              order:\n                summary: Pay 10.00 RUB for an order\n                value:\n                  amount: 1000",
      "              order:\n                summary: Pay 10.00 RUB for an order\n                value:\n                  amount: 0",
    );
    expect(broken).not.toBe(readFileSync(specPath, "utf8"));
    writeFileSync(join(dir, "openapi.yaml"), broken);
    const report = lint(join(dir, "openapi.yaml"), dir);
    expect(report.totals.errors).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.ruleId)).toContain("no-invalid-media-type-examples");
  });
});

test("npm run lint:spec exits 0", () => {
  expect(() => execFileSync("npm", ["run", "--silent", "lint:spec"], { cwd: root, stdio: "pipe" })).not.toThrow();
});
