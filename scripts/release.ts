// `npm run release -- <version>`: makes a release of the working tree. Refuses a version that is not above the
// last release, a breaking change (as `npm run diff:spec` judges it) without a major version above it, and
// non-breaking additions in a patch release.
// Then sets the version in package.json, package-lock.json, openapi.yaml (info.version only) and
// src/version.ts, writes the changes since the last release as CHANGELOG.md's `## <version> — <date>`, and
// saves openapi.yaml as releases/openapi-<version>.yaml, the base of the next gate. Next: `npm run generate`, commit.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compareVersions, loadBase, major, snapshotPath, versionProblem } from "./lib/base-spec.ts";
import { runMain } from "./lib/cli.ts";
import { diffSpecs, overall } from "./lib/diff/index.ts";
import { releaseUnreleased, sectionBody, withUnreleased } from "./lib/release/changelog-text.ts";
import { VERSION_FILES, writeVersion } from "./lib/release/version-files.ts";
import { loadSpec } from "./lib/spec.ts";

runMain("release", () => {
  const root = process.cwd();
  const version = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const problem = version === undefined ? "got nothing" : versionProblem(version);
  if (version === undefined || problem !== undefined) {
    throw new Error(`give the version to release as X.Y.Z, e.g. \`npm run release -- 1.1.0\`: ${problem}`);
  }
  const base = loadBase(root);
  if (compareVersions(version, base.version) <= 0) {
    throw new Error(`${version} is not above the last release ${base.version} (${base.label}): choose a higher version.`);
  }
  if (existsSync(snapshotPath(root, version))) throw new Error(`${relative(root, snapshotPath(root, version))} exists already: ${version} was released.`);
  const findings = diffSpecs(base.spec, loadSpec(join(root, "openapi.yaml")));
  const breaking = findings.filter((f) => f.class === "breaking");
  if (breaking.length && major(version) <= major(base.version)) {
    throw new Error(`${breaking.length} breaking change${breaking.length > 1 ? "s" : ""} since ${base.version} (see \`npm run diff:spec\`): ` +
      `release ${major(base.version) + 1}.0.0 instead of ${version}, or make the change non-breaking.`);
  }
  // Semantic versioning: additions need a minor release; a patch release carries fixes and docs only.
  const additions = findings.filter((f) => f.class === "non-breaking");
  const [bMajor, bMinor] = base.version.split(".").map(Number) as [number, number];
  const [vMajor, vMinor] = version.split(".").map(Number) as [number, number];
  if (additions.length && vMajor === bMajor && vMinor === bMinor) {
    throw new Error(`${additions.length} non-breaking change${additions.length > 1 ? "s" : ""} since ${base.version} (see \`npm run diff:spec\`) ` +
      `add to the API: release ${bMajor}.${bMinor + 1}.0 instead of ${version} (a patch release carries only fixes and docs).`);
  }

  writeVersion(root, version);
  const changelog = join(root, "CHANGELOG.md");
  const date = new Date().toISOString().slice(0, 10);
  const text = withUnreleased(readFileSync(changelog, "utf8"), sectionBody(findings, base.version));
  writeFileSync(changelog, releaseUnreleased(text, version, date));
  const snapshot = snapshotPath(root, version);
  copyFileSync(join(root, "openapi.yaml"), snapshot);

  const touched = [...VERSION_FILES, "CHANGELOG.md", relative(root, snapshot)];
  console.log(`release: ${base.version} → ${version} (${overall(findings)}); wrote ${touched.join(", ")}.\n` +
    "Next: `npm run generate`, then commit (the snapshot included: it is the base of the next `npm run diff:spec`).");
});
