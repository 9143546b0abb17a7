// How the OWASP check fails when it cannot do its job: a ruleset that no longer applies the OWASP rules, a
// Spectral that crashes or is not installed. Each must fail loudly with one clear message, never pass quietly,
// and `npm run lint:spec` must still run its other checks and end with one verdict line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { RULESET, exemptions, lintOwasp } from "../../scripts/lib/owasp.ts";
import { root, scriptArgs, specPath } from "../helpers/paths.ts";

const OWASP = "@stoplight/spectral-owasp-ruleset";
const dir = mkdtempSync(join(tmpdir(), "pc-owasp-runner-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** The committed ruleset with its `extends` entry for the OWASP rules replaced by `entry` (YAML text). */
function rulesetWith(name: string, entry: string): string {
  const text = readFileSync(RULESET, "utf8");
  const line = `  - "${OWASP}"`;
  expect(text, "the committed ruleset extends the OWASP rules on a line of its own").toContain(line);
  return write(name, text.replace(line, entry));
}

describe("lintOwasp refuses a ruleset that does not apply the OWASP rules", () => {
  test.each([
    ["switched off as a whole", `  - ["${OWASP}", "off"]`],
    ["named only in a comment", `  # - "${OWASP}"\n  - "spectral:oas"`],
  ])("extends %s", async (label, entry) => {
    const ruleset = rulesetWith(`${label.replace(/\W+/g, "-")}.yaml`, entry);
    await expect(lintOwasp(specPath, { ruleset })).rejects.toThrow(`must extend "${OWASP}"`);
  });
});

describe("lintOwasp when Spectral fails", () => {
  test("output cut short (a crash, a kill, a full buffer) is a failure to run, not a JSON error", async () => {
    const spectral = write("crashing-spectral.cjs", `process.stdout.write('[{"code": "owasp'); process.exit(2);`);
    await expect(lintOwasp(specPath, { spectral })).rejects.toThrow(/^Spectral did not run \(exit code 2\)/);
  });
});

describe("lintOwasp on a document the OWASP rules do not apply to", () => {
  test("a file that is not an OpenAPI document is an error, not a pass with no findings", async () => {
    const problems = await lintOwasp(write("not-openapi.yaml", "title: not an API description\n"));
    expect(problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["unrecognized-format"]);
  });
});

describe("npm run lint:spec without Spectral installed", () => {
  test("still runs Redocly and the example check, says what to do, and ends with one verdict line", () => {
    // A real "not installed": node's module resolution is made to miss the package, in the child process only.
    const preload = write("no-spectral.cjs", [
      `const Module = require("node:module");`,
      `const resolve = Module._resolveFilename;`,
      `Module._resolveFilename = function (request, ...rest) {`,
      `  if (request.startsWith("@stoplight/spectral-cli")) throw Object.assign(new Error("Cannot find module '" + request + "'"), { code: "MODULE_NOT_FOUND" });`,
      `  return resolve.call(this, request, ...rest);`,
      `};`,
    ].join("\n"));
    const run = spawnSync(process.execPath, [...scriptArgs("scripts/lint-spec.ts"), "--spec", specPath], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: `--require ${preload}` },
    });
    const output = `${run.stdout}\n${run.stderr}`;
    const lines = run.stdout.split("\n").filter((l) => l.trim() !== "");
    expect(run.status, output).toBe(1);
    expect(output).toContain("@stoplight/spectral-cli is not installed (the OWASP check runs it): run npm install");
    expect(output, "no stack trace").not.toMatch(/^\s+at /m);
    // Redocly and the example check passed, so the OWASP check is the only failure named.
    expect(lines.at(-1)).toBe("lint:spec: FAIL — OWASP rules (did not run, see above)");
  });
});

describe("exemptions", () => {
  test("an override that lowers a rule below error (warn, info, hint) exempts its locations as much as off does", () => {
    const text = readFileSync(RULESET, "utf8").replace(/\noverrides:\n/, [
      "\noverrides:",
      "  - files: ['**/*.yaml#/components/schemas/Lowered/properties/a']",
      "    rules: { owasp:api4:2023-string-limit: warn }",
      "  - files: ['**/*.yaml#/components/schemas/Lowered/properties/b']",
      "    rules: { owasp:api4:2023-string-limit: 3 }",
      "",
    ].join("\n"));
    const ruleset = write("lowered.yaml", text);
    expect(exemptions("owasp:api4:2023-string-limit", ruleset)).toEqual(expect.arrayContaining([
      "#/components/schemas/Lowered/properties/a", "#/components/schemas/Lowered/properties/b",
    ]));
    expect(exemptions("owasp:api4:2023-string-limit", ruleset)).toEqual([...new Set(exemptions("owasp:api4:2023-string-limit", ruleset))]);
  });
});
