// One spec loader for every script: a broken spec fails every command that reads it with an error naming
// file:line:col and what to do, and no stack trace.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { SpecError, loadSpec } from "../../scripts/lib/spec.ts";
import { root, specPath, tsxCli } from "../helpers/paths.ts";

const original = readFileSync(specPath, "utf8");
const lines = original.split("\n");

/** A copy of the spec with one line changed; returns the file and the 1-based line number. */
function brokenCopy(name: string, lineIndex: number, line: string): { file: string; line: number } {
  const dir = mkdtempSync(join(tmpdir(), "pc-spec-"));
  const copy = [...lines];
  copy[lineIndex] = line;
  const file = join(dir, name);
  writeFileSync(file, copy.join("\n"));
  return { file, line: lineIndex + 1 };
}

// The first local component $ref in the spec, pointed at a component that does not exist.
const refIndex = lines.findIndex((l) => /\$ref: '#\/components\/schemas\/[^']+'/.test(l));
const dangling = brokenCopy("dangling.yaml", refIndex, lines[refIndex]!.replace(/(#\/components\/schemas\/[^']+)'/, "$1Missing'"));
const danglingAt = `${dangling.file}:${dangling.line}:${lines[refIndex]!.indexOf("'") + 1}`;
// A quoted string that never closes, on the line after `info:`.
const infoIndex = lines.findIndex((l) => l.startsWith("info:")) + 1;
const syntax = brokenCopy("syntax.yaml", infoIndex, lines[infoIndex]!.replace(": ", ': "unterminated '));

function run(args: string[]) {
  const result = spawnSync(args[0]!, args.slice(1), { cwd: root, encoding: "utf8", env: { ...process.env, REDOCLY_SUPPRESS_NOTIFICATIONS: "true" } });
  return { status: result.status, stderr: result.stderr, output: result.stdout + result.stderr };
}

describe("loadSpec", () => {
  test("the repository's spec loads", () => {
    expect(() => loadSpec(specPath)).not.toThrow();
  });

  test.each([
    ["a dangling $ref", dangling.file, [danglingAt, "points at nothing"]],
    ["a YAML syntax error", syntax.file, [`${syntax.file}:${syntax.line}:`, "YAML syntax error", "Fix the YAML"]],
    ["a missing file", join(tmpdir(), "no-such-spec.yaml"), ["no-such-spec.yaml: no such file", "--spec"]],
  ])("%s is a SpecError naming where and what to do", (_name, file, parts) => {
    const error = (() => {
      try {
        loadSpec(file);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SpecError);
    for (const part of parts) expect((error as Error).message).toContain(part);
  });

  test("a document that is not OpenAPI 3.1 is refused at its `openapi` line", () => {
    const index = lines.findIndex((l) => l.startsWith("openapi:"));
    const old = brokenCopy("v30.yaml", index, "openapi: 3.0.3");
    expect(() => loadSpec(old.file)).toThrow(`${old.file}:${old.line}:10: expected an OpenAPI 3.1 document, found openapi: 3.0.3`);
  });
});

describe("every script that reads the spec fails on a broken one, naming file:line:col, without a stack trace", () => {
  const out = mkdtempSync(join(tmpdir(), "pc-gen-out-"));
  const commands: [name: string, args: (spec: string) => string[]][] = [
    ["npm run docs", (spec) => ["npm", "run", "--silent", "docs", "--", "--spec", spec]],
    ["npm run generate", (spec) => ["npm", "run", "--silent", "generate", "--", "--spec", spec, "--out", out]],
    ["npm run lint:spec", (spec) => ["npm", "run", "--silent", "lint:spec", "--", "--spec", spec]],
    ["check-examples", (spec) => [process.execPath, tsxCli, "scripts/check-examples.ts", "--spec", spec]],
  ];

  test.each(commands)("%s: dangling $ref", (_name, args) => {
    const result = run(args(dangling.file));
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(danglingAt);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  test.each(commands)("%s: YAML syntax error", (_name, args) => {
    const result = run(args(syntax.file));
    expect(result.status, result.output).not.toBe(0);
    expect(result.stderr).toContain(`${syntax.file}:${syntax.line}:`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
