// Release readiness, as rules that hold for any version: every version field agrees with the last release
// (releases/openapi-<version>.yaml), the changelog's latest released section is that release, the tarball holds
// exactly what users need, and sizes are within budget.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, posix, sep } from "node:path";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { exportedScripts } from "../../scripts/lib/bundle-entries.ts";
import { VERSION } from "../../src/version.js";
import { root, specPath, tsxCli } from "../helpers/paths.ts";

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
const spec = parse(readFileSync(specPath, "utf8"));
const snapshots = readdirSync(join(root, "releases"))
  .map((f) => /^openapi-(\d+\.\d+\.\d+)\.yaml$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
const latest = snapshots.at(-1);

test("every version field equals the last release: package.json, package-lock.json (both), openapi.yaml, src/version.ts", () => {
  expect(latest, "releases/ holds no openapi-<version>.yaml").toBeDefined();
  expect({
    "package.json": pkg.version,
    "package-lock.json version": lock.version,
    'package-lock.json packages[""].version': lock.packages[""].version,
    "openapi.yaml info.version": String(spec.info.version),
    "src/version.ts": VERSION,
  }).toEqual(Object.fromEntries(["package.json", "package-lock.json version", 'package-lock.json packages[""].version', "openapi.yaml info.version", "src/version.ts"].map((k) => [k, latest])));
});

test("each snapshot's info.version is its file name's version", () => {
  for (const v of snapshots) expect(String(parse(readFileSync(join(root, "releases", `openapi-${v}.yaml`), "utf8")).info.version), v).toBe(v);
});

test("the changelog's latest released section is the latest snapshot, and every snapshot has a section", () => {
  const log = readFileSync(join(root, "CHANGELOG.md"), "utf8");
  const headings = [...log.matchAll(/^## (\d+\.\d+\.\d+) — \d{4}-\d{2}-\d{2}$/gm)].map((m) => m[1]);
  expect(headings[0]).toBe(latest);
  for (const v of snapshots) expect(headings, v).toContain(v);
  expect(log.match(/^## Unreleased$/gm)?.length ?? 0).toBeLessThanOrEqual(1);
});

const packed = () => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
  return JSON.parse(out)[0].files.map((f: { path: string }) => f.path) as string[];
};

test("npm pack contains exactly dist/ (code, types), README.md, CHANGELOG.md, LICENSE and openapi.yaml", () => {
  const files = packed();
  const outside = files.filter((f) => !f.startsWith("dist/") && !["README.md", "CHANGELOG.md", "LICENSE", "openapi.yaml", "package.json"].includes(f));
  expect(outside).toEqual([]);
  for (const required of ["README.md", "CHANGELOG.md", "LICENSE", "openapi.yaml", "dist/src/entry/node.js", "dist/src/entry/webhooks-web.d.ts", "dist/generated/validators.d.ts"]) {
    expect(files).toContain(required);
  }
  expect(files.filter((f) => f.startsWith("dist/docs/")), "the rendered docs are published separately").toEqual([]);
});

test("the tarball's JavaScript is what the exports reach (the entry bundles and their chunks); every declaration file of dist/ is in it", () => {
  const files = packed();
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const [, specifier] of readFileSync(join(root, file), "utf8").matchAll(/^\s*(?:import|export)\b[^;'"]*?["'](\.{1,2}\/[^"']+)["']/gm)) visit(posix.join(posix.dirname(file), specifier!));
  };
  exportedScripts(pkg).forEach(visit);
  expect(reached.size).toBeGreaterThan(4);
  expect(files.filter((f) => f.endsWith(".js")).sort()).toEqual([...reached].sort());
  const declarations = ["dist/src", "dist/generated"].flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => posix.join(dir, f.split(sep).join("/"))))
    .filter((f) => f.endsWith(".d.ts"));
  expect(declarations.length).toBeGreaterThan(10);
  expect(declarations.filter((f) => !files.includes(f))).toEqual([]);
});

test("npm run size is within budget", () => {
  const out = spawnSync(process.execPath, [tsxCli, "scripts/size.ts"], { cwd: root, encoding: "utf8" });
  expect(out.status, out.stdout + out.stderr).toBe(0);
  // Exact bytes against the budget, so a row just over it shows why.
  expect(out.stdout).toMatch(/\| @payconnect\/sdk\/webhooks \(node\) \| \d[\d ]* \| \d[\d ]* \|/);
});
