// `npm run lint:spec` promise: Redocly (recommended-strict + extras) reports 0 errors and 0 warnings.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { inlineSchema, listOperations, loadSpec, requestBodySchema } from "../../scripts/lib/spec.ts";
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

/** The first request example field whose schema has a `minimum`, and a value just below it (found in the spec, not copied). */
const belowMinimum = (() => {
  const spec = loadSpec(specPath);
  for (const op of listOperations(spec)) {
    const body = requestBodySchema(spec, op);
    const schema = body && (inlineSchema(spec, body.schema) as any);
    const media = (op.operation.requestBody as any)?.content?.["application/json"];
    for (const [name, example] of Object.entries<any>(media?.examples ?? {})) {
      for (const [prop, propSchema] of Object.entries<any>(schema?.properties ?? {})) {
        if (typeof example.value?.[prop] === "number" && typeof propSchema.minimum === "number") {
          return { path: ["paths", op.path, op.method, "requestBody", "content", "application/json", "examples", name, "value", prop], value: propSchema.minimum - 1 };
        }
      }
    }
  }
  throw new Error("no inline request example has a field with a minimum");
})();

describe("openapi.yaml lint", () => {
  test("has 0 errors and 0 warnings", () => {
    const report = lint(specPath, root);
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  test("the same config catches a wrong example", () => {
    const dir = mkdtempSync(join(tmpdir(), "pc-lint-"));
    copyFileSync(join(root, "redocly.yaml"), join(dir, "redocly.yaml"));
    const doc = parseDocument(readFileSync(specPath, "utf8"));
    doc.setIn(belowMinimum.path, belowMinimum.value);
    writeFileSync(join(dir, "openapi.yaml"), doc.toString());
    const report = lint(join(dir, "openapi.yaml"), dir);
    expect(report.totals.errors).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.ruleId)).toContain("no-invalid-media-type-examples");
  });
});

test("npm run lint:spec exits 0", () => {
  expect(() => execFileSync("npm", ["run", "--silent", "lint:spec"], { cwd: root, stdio: "pipe" })).not.toThrow();
});
