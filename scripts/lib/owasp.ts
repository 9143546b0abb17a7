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
import { escapeSegment } from "../../src/json-pointer.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const OWASP = "@stoplight/spectral-owasp-ruleset";

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

export interface OwaspOptions {
  /** The ruleset to apply (default: the repository's `.spectral.yaml`). */
  ruleset?: string;
  /** Spectral's CLI script (default: the installed `@stoplight/spectral-cli`). */
  spectral?: string;
}

export async function lintOwasp(specFile: string, options: OwaspOptions = {}): Promise<OwaspProblem[]> {
  // Resolved here, not on import: a missing package then fails this check with a message, and lint:spec
  // still runs its other checks.
  const spectral = options.spectral ?? installed("@stoplight/spectral-cli", (pkg) => join(dirname(require.resolve(`${pkg}/package.json`)), "dist/index.js"));
  const ruleset = owaspRuleset(options.ruleset ?? RULESET);
  const dir = mkdtempSync(join(tmpdir(), "pc-owasp-"));
  try {
    writeFileSync(join(dir, "ruleset.yaml"), ruleset);
    copyFileSync(specFile, join(dir, "openapi.yaml"));
    const results = await new Promise<SpectralResult[]>((done, fail) => {
      execFile(process.execPath, [spectral, "lint", "-q", "-f", "json", "-r", "ruleset.yaml", "openapi.yaml"], { cwd: dir, maxBuffer: 64 << 20 }, (error, out, err) => {
        // Exit code 1 means "found errors"; anything else non-zero (a crash, a kill, a full buffer) means its
        // output may be cut short, so it is not read as a result.
        const code = error === null ? 0 : error.code;
        const text = out.trim();
        if ((code === 0 || code === 1) && text.startsWith("[")) {
          try {
            return done(JSON.parse(text) as SpectralResult[]);
          } catch {
            // Falls through: not a report after all.
          }
        }
        if (code === 0 && text === "") return done([]);
        const detail = (err.trim() || text || String(error)).split("\n").slice(0, 20).join("\n");
        fail(new Error(`Spectral did not run (exit code ${String(code ?? error?.signal)}): ${detail}`));
      });
    });
    return results.map((r) => ({
      // Spectral only warns that no OpenAPI format matched, and then no OWASP rule ran: that is no pass.
      severity: r.code === "unrecognized-format" ? "error" : SEVERITY[r.severity] ?? "error",
      code: r.code,
      message: r.message,
      pointer: `#/${r.path.map((p) => escapeSegment(String(p))).join("/")}`,
      line: r.range.start.line + 1,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface SpectralResult { code: string; message: string; path: (string | number)[]; severity: number; range: { start: { line: number } } }

function installed(pkg: string, locate: (pkg: string) => string): string {
  try {
    return locate(pkg);
  } catch {
    throw new Error(`${pkg} is not installed (the OWASP check runs it): run npm install`);
  }
}

/**
 * The ruleset as Spectral gets it: it must extend the OWASP rules in full (not `"off"`; a name in a comment does
 * not count), and that entry names the rules' ES module build, since Spectral loads a ruleset named by path as a module.
 */
function owaspRuleset(file: string): string {
  const ruleset = parse(readFileSync(file, "utf8")) as { extends?: unknown } | null;
  const entries: unknown[] = [ruleset?.extends ?? []].flat();
  const at = entries.findIndex((e) => e === OWASP || (Array.isArray(e) && e[0] === OWASP && (e[1] === "recommended" || e[1] === "all")));
  if (ruleset === null || at < 0) throw new Error(`${file} must extend "${OWASP}" (as "${OWASP}" or ["${OWASP}", "all"]): restore its \`extends\``);
  const module = installed(OWASP, (pkg) => require.resolve(pkg).replace(/\.js$/, ".mjs"));
  entries[at] = Array.isArray(entries[at]) ? [module, (entries[at] as unknown[])[1]] : module;
  return JSON.stringify({ ...ruleset, extends: entries }, null, 2); // JSON is YAML: quoting needs no thought
}

/**
 * The JSON pointers a ruleset (default `.spectral.yaml`) exempts from a rule through `overrides` (each `files`
 * entry is `<glob>#<pointer>`): switched off, or lowered below error (a warning does not fail lint:spec either).
 */
export function exemptions(rule: string, rulesetFile = RULESET): string[] {
  const { overrides = [] } = parse(readFileSync(rulesetFile, "utf8")) as { overrides?: { files: string[]; rules?: Record<string, unknown> }[] };
  const exempt = overrides.filter((o) => o.rules !== undefined && rule in o.rules && o.rules[rule] !== "error" && o.rules[rule] !== 0);
  return [...new Set(exempt.flatMap((o) => o.files.map((f) => f.slice(f.indexOf("#")))))];
}
