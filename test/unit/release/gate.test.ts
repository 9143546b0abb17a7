// The breaking-change gate (`npm run diff:spec`) compares the working tree with the spec as last released
// (releases/openapi-<version>.yaml), never with git history: these tests replay the ways it used to be bypassed.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { loadSpec } from "../../../scripts/lib/spec.ts";
import { root, scriptArgs, specPath } from "../../helpers/paths.ts";

const released = loadSpec(specPath) as any;
type Edit = (s: any) => void;
/** A breaking edit that needs no knowledge of the spec's contents: its first path is removed. */
const removeOperation: Edit = (s) => {
  const [path] = Object.keys(s.paths);
  delete s.paths[path!];
};
const docsOnly: Edit = (s) => void (s.info.description = `${String(s.info.description)}\nOne more sentence.`);

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: "pipe" });
}

/** A git repository holding openapi.yaml and releases/ as this repository has them, one commit. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "pc-gate-"));
  git(dir, "init", "-q");
  git(dir, "config", "user.email", "t@example.com");
  git(dir, "config", "user.name", "t");
  cpSync(specPath, join(dir, "openapi.yaml"));
  cpSync(join(root, "releases"), join(dir, "releases"), { recursive: true });
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "release");
  return dir;
}
function edit(dir: string, change: Edit, base: any = released): any {
  const next = structuredClone(base);
  change(next);
  writeFileSync(join(dir, "openapi.yaml"), stringify(next));
  return next;
}
const gate = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [...scriptArgs(join(root, "scripts/diff-spec.ts")), ...args], { cwd: dir, encoding: "utf8" });

describe("npm run diff:spec: the base is the last release", () => {
  test("a breaking commit followed by a docs-only commit still fails the gate", () => {
    const dir = repo();
    const broken = edit(dir, removeOperation);
    git(dir, "commit", "-qam", "breaking");
    edit(dir, docsOnly, broken);
    git(dir, "commit", "-qam", "docs");
    const result = gate(dir);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/breaking/);
    expect(result.stderr).toMatch(/major version/);
  });

  test("the same in a `git clone --depth 1`", () => {
    const dir = repo();
    const broken = edit(dir, removeOperation);
    git(dir, "commit", "-qam", "breaking");
    edit(dir, docsOnly, broken);
    git(dir, "commit", "-qam", "docs");
    const clone = mkdtempSync(join(tmpdir(), "pc-gate-clone-"));
    rmSync(clone, { recursive: true });
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, clone]);
    expect(git(clone, "rev-list", "--count", "HEAD").trim()).toBe("1");
    const result = gate(clone);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toMatch(/major version/);
  });

  test("an uncommitted edit is compared with the release, not with HEAD or the previous commit", () => {
    const dir = repo();
    edit(dir, removeOperation); // not committed: the only commit is the release
    expect(gate(dir).status).toBe(1);
    git(dir, "commit", "-qam", "breaking");
    const broken = edit(dir, docsOnly, loadSpec(join(dir, "openapi.yaml")));
    git(dir, "commit", "-qam", "docs");
    edit(dir, (s) => void (s.info.summary = "Edited again."), broken); // uncommitted, docs only
    const result = gate(dir);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    const [latest] = readdirSync(join(dir, "releases")).sort((a, b) => b.localeCompare(a, "en", { numeric: true }));
    cpSync(join(dir, "releases", latest!), join(dir, "openapi.yaml")); // back to the released bytes: nothing differs from the release
    const clean = gate(dir);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).not.toMatch(/breaking \(/);
  });

  test("no release snapshot: the gate fails and says how to fix it", () => {
    const dir = repo();
    for (const f of readdirSync(join(dir, "releases"))) rmSync(join(dir, "releases", f));
    const result = gate(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/releases\/openapi-<version>\.yaml/);
    expect(result.stderr).toMatch(/--base/);
    expect(result.stdout + result.stderr).not.toMatch(/nothing to (check|compare)/);
  });

  test("an unreadable snapshot fails the gate, naming the file", () => {
    const dir = repo();
    const [latest] = readdirSync(join(dir, "releases")).sort().reverse();
    writeFileSync(join(dir, "releases", latest!), "openapi: [unclosed\n");
    const result = gate(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`releases/${latest}`);
  });

  test("the highest version wins, compared as numbers (10.0.0 after 9.0.0)", () => {
    const dir = repo();
    const next = structuredClone(released);
    removeOperation(next);
    next.info.version = "9.0.0";
    writeFileSync(join(dir, "releases", "openapi-9.0.0.yaml"), stringify(next));
    next.info.version = "10.0.0";
    writeFileSync(join(dir, "releases", "openapi-10.0.0.yaml"), stringify(next));
    writeFileSync(join(dir, "openapi.yaml"), stringify(next));
    const result = gate(dir);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain("releases/openapi-10.0.0.yaml");
  });

  test("a breaking change passes with a major bump of info.version, and --base compares with another file", () => {
    const dir = repo();
    const next = edit(dir, (s) => {
      removeOperation(s);
      s.info.version = `${Number(String(released.info!.version).split(".")[0]) + 1}.0.0`;
    });
    expect(gate(dir).status).toBe(0);
    writeFileSync(join(dir, "other.yaml"), stringify(next));
    const same = gate(dir, "--base", "other.yaml");
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/none/);
  });

  test("a --base file that does not exist fails with advice about the base, not about --spec", () => {
    const dir = repo();
    const result = gate(dir, "--base", "missing.yaml");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read the release base missing\.yaml: no such file\. Restore it/);
    expect(result.stderr).not.toMatch(/--spec/);
  });

  test("--spec names the spec to check", () => {
    const dir = repo();
    const next = structuredClone(released);
    removeOperation(next);
    writeFileSync(join(dir, "edited.yaml"), stringify(next));
    expect(gate(dir).status).toBe(0);
    expect(gate(dir, "--spec", "edited.yaml").status).toBe(1);
  });
});

