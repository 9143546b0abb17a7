// The gate trusts releases/ only as a chain: each snapshot's file name is its info.version (plain X.Y.Z), and each
// is allowed relative to the one before (a breaking change needs a major version). A snapshot copied by hand, or
// a version that is not plain semver, fails the gate with a message saying what is wrong and how to fix it.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { root, scriptArgs } from "../../helpers/paths.ts";

const snapshots = readdirSync(join(root, "releases")).filter((f) => /^openapi-\d+\.\d+\.\d+\.yaml$/.test(f));
const latestFile = snapshots.sort((a, b) => a.localeCompare(b, "en", { numeric: true })).at(-1)!;
const released = parse(readFileSync(join(root, "releases", latestFile), "utf8"));
const latest: string = released.info.version;
const [x, y, z] = latest.split(".").map(Number) as [number, number, number];
const patch = `${x}.${y}.${z + 1}`;
const nextMajor = `${x + 1}.0.0`;

/** A directory holding releases/ as this repository has it and openapi.yaml as last released. */
function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), "pc-chain-"));
  cpSync(join(root, "releases"), join(dir, "releases"), { recursive: true });
  writeFileSync(join(dir, "openapi.yaml"), stringify(released));
  return dir;
}
/** The released spec with its first path removed (breaking whatever the spec holds), at `version`. */
function broken(version: string): any {
  const s = structuredClone(released);
  delete s.paths[Object.keys(s.paths)[0]!];
  s.info.version = version;
  return s;
}
const run = (dir: string, script: string, ...args: string[]) =>
  spawnSync(process.execPath, [...scriptArgs(join(root, "scripts", script)), ...args], { cwd: dir, encoding: "utf8" });

describe("the release chain", () => {
  test("a breaking openapi.yaml copied into releases/ under a higher name fails the gate, saying why and what to do", () => {
    const dir = repo();
    writeFileSync(join(dir, "openapi.yaml"), stringify(broken(latest)));
    copyFileSync(join(dir, "openapi.yaml"), join(dir, "releases", `openapi-${patch}.yaml`));
    const result = run(dir, "diff-spec.ts");
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toContain(`releases/openapi-${patch}.yaml`);
    expect(result.stderr).toContain(`info.version ${latest}`);
    expect(result.stderr).toMatch(/npm run release/);
  });

  test("a snapshot that is breaking relative to the previous one without a major version fails the gate", () => {
    const dir = repo();
    const next = broken(patch);
    writeFileSync(join(dir, "releases", `openapi-${patch}.yaml`), stringify(next));
    writeFileSync(join(dir, "openapi.yaml"), stringify(next));
    const result = run(dir, "diff-spec.ts");
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toContain(`releases/openapi-${patch}.yaml`);
    expect(result.stderr).toContain(nextMajor);
  });

  test("a breaking snapshot with a major version is a valid link: the gate compares with it", () => {
    const dir = repo();
    const next = broken(nextMajor);
    writeFileSync(join(dir, "releases", `openapi-${nextMajor}.yaml`), stringify(next));
    writeFileSync(join(dir, "openapi.yaml"), stringify(next));
    const result = run(dir, "diff-spec.ts");
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`releases/openapi-${nextMajor}.yaml`);
  });

  test("openapi.yaml below the last release fails the gate", () => {
    const dir = repo();
    writeFileSync(join(dir, "releases", `openapi-${nextMajor}.yaml`), stringify(broken(nextMajor)));
    writeFileSync(join(dir, "openapi.yaml"), stringify(broken(latest)));
    const result = run(dir, "diff-spec.ts");
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toContain(`info.version ${latest} in openapi.yaml is below the last release ${nextMajor}`);
  });

  const badNames: [string, string, RegExp][] = [
    ["a leading zero", `0${nextMajor}`, /leading zero/],
    ["a leading v", `v${nextMajor}`, /"v"/],
    ["a pre-release", `${nextMajor}-rc.1`, /pre-release/],
  ];
  test.each(badNames)("a snapshot version with %s fails the gate, naming the file", (_label, version, why) => {
    const dir = repo();
    writeFileSync(join(dir, "releases", `openapi-${version}.yaml`), stringify(broken(version)));
    const result = run(dir, "diff-spec.ts");
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toContain(`releases/openapi-${version}.yaml`);
    expect(result.stderr).toMatch(why);
  });

  test.each(badNames)("an info.version in openapi.yaml with %s fails the gate", (_label, version, why) => {
    const dir = repo();
    writeFileSync(join(dir, "openapi.yaml"), stringify({ ...released, info: { ...released.info, version } }));
    const result = run(dir, "diff-spec.ts");
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toMatch(why);
  });
});
