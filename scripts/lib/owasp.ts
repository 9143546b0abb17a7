// The OWASP API Security Top 10 (2023) check of a spec: Spectral with the repository's `.spectral.yaml`.
// Spectral matches the ruleset's `overrides` against paths relative to the ruleset, so a spec anywhere
// (`--spec`, a test's edited copy) is linted as a copy beside a copy of the ruleset.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const spectralCli = join(dirname(require.resolve("@stoplight/spectral-cli/package.json")), "dist/index.js");
const OWASP = "@stoplight/spectral-owasp-ruleset";
// The ES module build: Spectral loads a ruleset named by path as a module.
const owaspModule = require.resolve(OWASP).replace(/\.js$/, ".mjs");

export const RULESET = join(root, ".spectral.yaml");
const SEVERITY = ["error", "warning", "info", "hint"] as const;

export interface OwaspProblem {
  severity: (typeof SEVERITY)[number];
  code: string;
  message: string;
  /** JSON pointer into the spec, e.g. `#/components/schemas/Payment/properties/id`. */
  pointer: string;
  /** 1-based line in the spec. */
  line: number;
}

export async function lintOwasp(specFile: string): Promise<OwaspProblem[]> {
  const dir = mkdtempSync(join(tmpdir(), "pc-owasp-"));
  try {
    const ruleset = readFileSync(RULESET, "utf8");
    if (!ruleset.includes(`"${OWASP}"`)) throw new Error(`${RULESET} must extend "${OWASP}"`);
    writeFileSync(join(dir, "ruleset.yaml"), ruleset.replace(`"${OWASP}"`, JSON.stringify(owaspModule)));
    copyFileSync(specFile, join(dir, "openapi.yaml"));
    const stdout = await new Promise<string>((done, fail) => {
      // Spectral exits 1 when it finds errors; only output that is not JSON is a failure to run.
      execFile(process.execPath, [spectralCli, "lint", "-q", "-f", "json", "-r", "ruleset.yaml", "openapi.yaml"], { cwd: dir, maxBuffer: 64 << 20 }, (error, out, err) => {
        const text = out.trim();
        if (text.startsWith("[")) done(text);
        else if (text === "" && error === null) done("[]");
        else fail(new Error(`Spectral did not run: ${(err || out || String(error)).trim()}`));
      });
    });
    const results = JSON.parse(stdout) as { code: string; message: string; path: (string | number)[]; severity: number; range: { start: { line: number } } }[];
    return results.map((r) => ({
      severity: SEVERITY[r.severity] ?? "error",
      code: r.code,
      message: r.message,
      pointer: `#/${r.path.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`,
      line: r.range.start.line + 1,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The JSON pointers `.spectral.yaml` exempts from a rule through `overrides` (each `files` entry is `<glob>#<pointer>`). */
export function exemptions(rule: string): string[] {
  const { overrides = [] } = parse(readFileSync(RULESET, "utf8")) as { overrides?: { files: string[]; rules: Record<string, unknown> }[] };
  return overrides.filter((o) => o.rules[rule] === "off").flatMap((o) => o.files.map((f) => f.slice(f.indexOf("#"))));
}
