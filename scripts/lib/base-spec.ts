// The release base: the spec as last released, kept byte-for-byte as releases/openapi-<version>.yaml (written by
// `npm run release`). Kept in the repository, not found from git history or tags, so the gate gives the same
// answer in a shallow clone, in a tarball without .git, and whatever was committed since the release. The
// snapshots are checked as a chain (release/chain.ts) before the highest one is trusted as the base.
import { readChain } from "./release/chain.ts";
import { RELEASES_DIR, type ReleaseBase, readSnapshot } from "./release/snapshot.ts";

export { checkHeadVersion } from "./release/chain.ts";
export { compareVersions, major, parseVersion, versionProblem } from "./release/semver.ts";
export { RELEASES_DIR, type ReleaseBase, snapshotPath, specVersion } from "./release/snapshot.ts";

/** The base to compare with: `file` when given, else the highest snapshot of a valid chain; throws saying how to fix it. */
export function loadBase(root: string, file?: string): ReleaseBase {
  if (file !== undefined) return readSnapshot(root, file);
  const latest = readChain(root).at(-1);
  if (latest === undefined) {
    throw new Error(`no release base: ${RELEASES_DIR}/ holds no ${RELEASES_DIR}/openapi-<version>.yaml, the spec as last released. ` +
      "`npm run release -- <version>` writes one; for a spec released before that existed, save it there " +
      `(git show <release-commit>:openapi.yaml > ${RELEASES_DIR}/openapi-<version>.yaml), or compare with a file: --base <file>.`);
  }
  return latest;
}
