// releases/ is trusted only as a chain. Each snapshot's file name is its info.version, a plain X.Y.Z, and
// each is allowed relative to the one before (a breaking change needs a major version): otherwise a spec
// copied into releases/ by hand would become the base and let any change through the gate.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { diffSpecs } from "../diff/index.ts";
import { compareVersions, major, versionProblem } from "./semver.ts";
import { RELEASES_DIR, type ReleaseBase, readSnapshot } from "./snapshot.ts";

const NAME = /^openapi-(.*)\.yaml$/;
const ONLY_BY_RELEASE = "A snapshot is written only by `npm run release` and never edited: if this one was copied or edited by hand, " +
  "delete it (or restore the released spec: git show <release-commit>:openapi.yaml > <file>) and release with `npm run release -- <version>`.";

/** The snapshots, lowest version first; throws listing every broken link and how to fix it. */
export function readChain(root: string): ReleaseBase[] {
  const dir = join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const chain: ReleaseBase[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (file.startsWith(".")) continue;
    const label = `${RELEASES_DIR}/${file}`;
    const name = NAME.exec(file)?.[1];
    if (name === undefined) {
      problems.push(`${label} is not a release snapshot: ${RELEASES_DIR}/ holds only openapi-X.Y.Z.yaml files written by \`npm run release\`; move it elsewhere.`);
      continue;
    }
    const bad = versionProblem(name);
    if (bad !== undefined) {
      problems.push(`${label}: the version in its name, ${bad}. ${ONLY_BY_RELEASE}`);
      continue;
    }
    const snapshot = readSnapshot(root, join(dir, file));
    if (snapshot.version !== name) {
      problems.push(`${label} says info.version ${snapshot.version || "(none)"}, not ${name}: it is not the spec released as ${name}. ${ONLY_BY_RELEASE}`);
      continue;
    }
    chain.push(snapshot);
  }
  chain.sort((a, b) => compareVersions(a.version, b.version));
  for (let i = 1; i < chain.length; i++) {
    const [prev, next] = [chain[i - 1]!, chain[i]!];
    const breaking = diffSpecs(prev.spec, next.spec).filter((f) => f.class === "breaking");
    if (breaking.length && major(next.version) <= major(prev.version)) {
      const first = breaking[0]!;
      problems.push(`${next.label} has ${breaking.length} breaking change${breaking.length > 1 ? "s" : ""} since ${prev.label} ` +
        `(e.g. ${first.where}: ${first.message}), so it needed ${major(prev.version) + 1}.0.0, not ${next.version}. ${ONLY_BY_RELEASE}`);
    }
  }
  if (problems.length) throw new Error(`the release chain in ${RELEASES_DIR}/ is broken, so it gives no trustworthy base:\n  - ${problems.join("\n  - ")}`);
  return chain;
}

/** The spec under check must have a plain version, and not be below the release it continues (when `base` is one). */
export function checkHeadVersion(label: string, version: string, base?: ReleaseBase): void {
  const bad = versionProblem(version);
  if (bad !== undefined) throw new Error(`info.version in ${label}: ${bad}. \`npm run release -- X.Y.Z\` sets it.`);
  if (base !== undefined && compareVersions(version, base.version) < 0) {
    throw new Error(`info.version ${version} in ${label} is below the last release ${base.version} (${base.label}): ` +
      `a spec continues from its last release, so start from it (info.version ${base.version}) and release a higher version with \`npm run release -- X.Y.Z\`.`);
  }
}
