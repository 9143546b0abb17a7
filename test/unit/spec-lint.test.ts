// `npm run lint:spec` promise: Redocly (recommended-strict + extras + the project plugin) reports 0 errors and
// 0 warnings, the example check passes, and the run ends with one verdict line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, parseDocument } from "yaml";
import { describe, expect, test } from "vitest";
import { checkExamples } from "../../scripts/lib/examples.ts";
import { deref, isObject, listOperations, loadSpec } from "../../scripts/lib/spec.ts";
import { redoclyCli, root, specPath } from "../helpers/paths.ts";

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string }[];
}

function lint(file: string, cwd: string): LintReport {
  const run = spawnSync(process.execPath, [redoclyCli, "lint", "--format=json", "--config", join(root, "redocly.yaml"), file], {
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
    // The first inline request-body example, emptied: every request schema has required fields.
    const spec = loadSpec(specPath);
    const op = listOperations(spec).find((o) => isObject(o.operation.requestBody) && (o.operation.requestBody as any).content?.["application/json"]?.examples);
    const examples = (op!.operation.requestBody as any).content["application/json"].examples;
    const name = Object.keys(examples).find((n) => examples[n].value !== undefined)!;
    const file = editedSpec((doc) => doc.setIn(["paths", op!.path, op!.method, "requestBody", "content", "application/json", "examples", name, "value"], doc.createNode({})));
    const report = lint(file, root);
    expect(report.totals.errors).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.ruleId)).toContain("no-invalid-media-type-examples");
  });
});

/** `npm run lint:spec -- --spec <file>`: exit status, and stdout and stderr merged in the order printed. */
function lintSpec(file: string) {
  const run = spawnSync("sh", ["-c", `npm run --silent lint:spec -- --spec "${file}" 2>&1`], { cwd: root, encoding: "utf8" });
  const lines = run.stdout.split("\n").filter((l) => l.trim() !== "");
  return { status: run.status, output: run.stdout, last: lines.at(-1) };
}

/** Writes an edited copy of the spec (edited as a YAML document, so comments and layout stay) to a temp dir. */
function editedSpec(edit: (doc: Document) => void): string {
  const doc = parseDocument(readFileSync(specPath, "utf8"));
  edit(doc);
  const file = join(mkdtempSync(join(tmpdir(), "pc-lint-spec-")), "openapi.yaml");
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  return file;
}

describe("npm run lint:spec", () => {
  test("passes on openapi.yaml and says so on its last line", () => {
    const run = lintSpec(specPath);
    expect(run.status, run.output).toBe(0);
    expect(run.last).toBe("lint:spec: PASS");
  });

  test("operationIds must be camelCase method names that shadow nothing on the client", () => {
    const [first, second] = listOperations(loadSpec(specPath));
    const kebab = first!.operationId.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    expect(kebab).not.toBe(first!.operationId);
    const file = editedSpec((doc) => {
      doc.setIn(["paths", first!.path, first!.method, "operationId"], kebab);
      doc.setIn(["paths", second!.path, second!.method, "operationId"], "toString");
    });
    const run = lintSpec(file);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(new RegExp(`operation-id-method-name\\s+operationId "${kebab}" is not a camelCase JavaScript method name`));
    expect(run.output).toMatch(/operation-id-method-name\s+operationId "toString" is reserved/);
    expect(run.last).toMatch(/^lint:spec: FAIL — Redocly lint/);
  });

  test("a failure of the example check alone makes the verdict FAIL (Redocly passes that spec)", () => {
    // An undeclared field in the first JSON response example: Redocly allows extra properties there, the
    // example check does not. A $ref'd example is replaced by an inline copy carrying the extra field.
    const spec = loadSpec(specPath);
    const [op, status, media] = listOperations(spec)
      .flatMap((o) => Object.entries(o.operation.responses as object).map(([code, r]) => [o, code, (deref(spec, r) as any).content?.["application/json"]] as const))
      .find(([, , m]) => m?.example !== undefined || m?.examples !== undefined)!;
    const exampleName = media.examples ? Object.keys(media.examples)[0]! : undefined;
    const value = exampleName ? (deref(spec, media.examples[exampleName]) as any).value : media.example;
    const file = editedSpec((doc) => {
      const base = ["paths", op.path, op.method, "responses", status, "content", "application/json"];
      const broken = { ...value, not_in_the_schema: true };
      if (exampleName) doc.setIn([...base, "examples", exampleName], doc.createNode({ value: broken }));
      else doc.setIn([...base, "example"], doc.createNode(broken));
    });
    expect(checkExamples(loadSpec(file)).problems.length).toBeGreaterThan(0);
    const run = lintSpec(file);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain("not_in_the_schema");
    expect(run.last).toBe("lint:spec: FAIL — example check (invalid examples listed above)");
  });
});
