// `npm run release -- <version>`: refuses what the gate would refuse, then writes the version everywhere, the
// changelog section and the snapshot, and nothing else. Versions are derived from the last release.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { copyRepo, releaseFiles, script } from "./repo-copy.ts";

function lastRelease(dir: string): string {
  const versions = readdirSync(join(dir, "releases")).map((f) => /^openapi-(.+)\.yaml$/.exec(f)?.[1]).filter((v): v is string => !!v);
  return versions.sort((a, b) => a.localeCompare(b, "en", { numeric: true })).at(-1)!;
}
function bump(version: string, part: "major" | "minor" | "patch"): string {
  const [x, y, z] = version.split(".").map(Number) as [number, number, number];
  return part === "major" ? `${x + 1}.0.0` : part === "minor" ? `${x}.${y + 1}.0` : `${x}.${y}.${z + 1}`;
}
function editSpec(dir: string, edit: (s: any) => void): void {
  const spec = parse(readFileSync(join(dir, "openapi.yaml"), "utf8"));
  edit(spec);
  writeFileSync(join(dir, "openapi.yaml"), stringify(spec));
}
const removeFirstPath = (s: any) => void delete s.paths[Object.keys(s.paths)[0]!];
const read = (dir: string, f: string) => readFileSync(join(dir, f), "utf8");

describe("refusals (nothing is written)", () => {
  const dir = copyRepo({ files: releaseFiles() });
  const before = () => Object.fromEntries(releaseFiles().map((f) => [f, read(dir, f)]));

  test.each([["not a version", "next"], ["no version", undefined]])("%s", (_label, arg) => {
    const snapshot = before();
    const run = arg === undefined ? script(dir, "release.ts") : script(dir, "release.ts", arg);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/X\.Y\.Z/);
    expect(before()).toEqual(snapshot);
  });

  test.each([
    ["a leading zero", (v: string) => `0${v}`, /leading zero/],
    ["a leading v", (v: string) => `v${v}`, /"v"/],
    ["a pre-release", (v: string) => `${v}-rc.1`, /pre-release/],
  ])("a version with %s (only plain X.Y.Z is released)", (_label, spell, why) => {
    const snapshot = before();
    const run = script(dir, "release.ts", spell(bump(lastRelease(dir), "major")));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(why);
    expect(before()).toEqual(snapshot);
  });

  test("a version not above the last release", () => {
    const run = script(dir, "release.ts", lastRelease(dir));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not above the last release/);
  });

  test("a breaking change without a major version", () => {
    const snapshot = before();
    editSpec(dir, removeFirstPath);
    const edited = read(dir, "openapi.yaml");
    const run = script(dir, "release.ts", bump(lastRelease(dir), "minor"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`release ${bump(lastRelease(dir), "major")} instead`);
    expect(read(dir, "openapi.yaml")).toBe(edited);
    for (const f of releaseFiles().filter((f) => f !== "openapi.yaml")) expect(read(dir, f), f).toBe(snapshot[f]);
  });
});

test("a release sets every version, keeps openapi.yaml's other bytes, releases the changelog and writes the snapshot", () => {
  const dir = copyRepo({ files: releaseFiles() });
  const previous = lastRelease(dir);
  editSpec(dir, removeFirstPath);
  const version = bump(previous, "major");
  const specBefore = read(dir, "openapi.yaml");
  const changelogBefore = read(dir, "CHANGELOG.md");
  const run = script(dir, "release.ts", version);
  expect(run.status, run.stderr).toBe(0);

  const pkg = JSON.parse(read(dir, "package.json"));
  const lock = JSON.parse(read(dir, "package-lock.json"));
  const spec = parse(read(dir, "openapi.yaml"));
  expect([pkg.version, lock.version, lock.packages[""].version, spec.info.version]).toEqual([version, version, version, version]);
  expect(read(dir, "src/version.ts")).toContain(`VERSION = "${version}"`);
  // Only info.version's line differs.
  const a = specBefore.split("\n");
  const b = read(dir, "openapi.yaml").split("\n");
  expect(b.length).toBe(a.length);
  const differing = a.map((line, i) => (line === b[i] ? -1 : i)).filter((i) => i >= 0);
  expect(differing).toHaveLength(1);
  expect(b[differing[0]!]).toMatch(new RegExp(`^\\s+version: ['"]?${version.replace(/\./g, "\\.")}['"]?$`));
  expect(read(dir, `releases/openapi-${version}.yaml`)).toBe(read(dir, "openapi.yaml"));

  const changelog = read(dir, "CHANGELOG.md");
  expect(changelog).not.toMatch(/^## Unreleased/m);
  const heading = new RegExp(`^## ${version.replace(/\./g, "\\.")} — \\d{4}-\\d{2}-\\d{2}$`, "m");
  expect(changelog).toMatch(heading);
  const released = changelog.slice(changelog.search(heading));
  expect(released).toContain("### Breaking changes");
  // Everything released before is still there, byte for byte, below the new section.
  const older = changelogBefore.slice(changelogBefore.search(/^## \d/m)); // released sections (Unreleased becomes the new one)
  expect(changelog.endsWith(older)).toBe(true);

  const gate = script(dir, "diff-spec.ts");
  expect(gate.status, gate.stdout + gate.stderr).toBe(0);
  expect(gate.stdout).toContain(`releases/openapi-${version}.yaml`);
  const again = script(dir, "release.ts", version);
  expect(again.status).toBe(1);
});

describe("semantic versioning of additions", () => {
  // Starts from the last release's bytes, so only the edit below differs from it.
  function fromLastRelease(edit: (s: any) => void) {
    const dir = copyRepo({ files: releaseFiles() });
    writeFileSync(join(dir, "openapi.yaml"), read(dir, `releases/openapi-${lastRelease(dir)}.yaml`));
    editSpec(dir, edit);
    return dir;
  }
  const addOperation = (s: any) => {
    const [path, item] = Object.entries<any>(s.paths).find(([, i]) => i.get)!;
    s.paths[`${path}/copy`] = { get: { ...item.get, operationId: `${item.get.operationId}Copy` } };
  };

  test("an addition refuses a patch release and names the minor one; nothing is written", () => {
    const dir = fromLastRelease(addOperation);
    const edited = read(dir, "openapi.yaml");
    const run = script(dir, "release.ts", bump(lastRelease(dir), "patch"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`release ${bump(lastRelease(dir), "minor")} instead`);
    expect(read(dir, "openapi.yaml")).toBe(edited);
  });

  test("an addition is released as a minor version; a docs-only change as a patch", () => {
    const minor = fromLastRelease(addOperation);
    expect(script(minor, "release.ts", bump(lastRelease(minor), "minor")).status).toBe(0);
    const patch = fromLastRelease((s) => void (s.info.description = `${s.info.description}\n\nEdited.`));
    const run = script(patch, "release.ts", bump(lastRelease(patch), "patch"));
    expect(run.status, run.stderr).toBe(0);
  });
});
