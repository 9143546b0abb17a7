// The release base: the spec as last released, kept byte-for-byte as releases/openapi-<version>.yaml (written by
// `npm run release`). Kept in the repository, not found from git history or tags, so the gate gives the same
// answer in a shallow clone, in a tarball without .git, and whatever was committed since the release.
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { type JsonObject, loadSpec } from "./spec.ts";

export const RELEASES_DIR = "releases";
const SNAPSHOT = /^openapi-(\d+)\.(\d+)\.(\d+)\.yaml$/;

export interface ReleaseBase {
  spec: JsonObject;
  /** The file, relative to the repository root when inside it. */
  label: string;
  version: string;
}

/** `x.y.z` as three numbers, or undefined for anything else (pre-releases are not released here). */
export function parseVersion(version: unknown): [number, number, number] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(version ?? ""));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export function major(version: unknown): number {
  return parseVersion(version)?.[0] ?? 0;
}

export function specVersion(spec: JsonObject): string {
  const info = spec.info as { version?: unknown } | undefined;
  return String(info?.version ?? "");
}

export function snapshotPath(root: string, version: string): string {
  return join(root, RELEASES_DIR, `openapi-${version}.yaml`);
}

/** Released versions that have a snapshot, lowest first. */
export function releasedVersions(root: string): string[] {
  const dir = join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => SNAPSHOT.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[1]}.${m[2]}.${m[3]}`)
    .sort(compareVersions);
}

/** The base to compare with: `file` when given, else the highest-versioned snapshot; throws saying how to fix it. */
export function loadBase(root: string, file?: string): ReleaseBase {
  const path = file ?? latestSnapshot(root);
  const label = relative(root, path).startsWith("..") ? path : relative(root, path);
  let spec: JsonObject;
  try {
    spec = loadSpec(path);
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(path, "").replace(/^:\s*/, "") : String(error);
    throw new Error(`cannot read the release base ${label}: ${why}. Restore it from the release commit ` +
      `(git show <release-commit>:openapi.yaml > ${label}) or compare with another file: --base <file>.`);
  }
  return { spec, label, version: specVersion(spec) };
}

function latestSnapshot(root: string): string {
  const latest = releasedVersions(root).at(-1);
  if (latest === undefined) {
    throw new Error(`no release base: ${RELEASES_DIR}/ holds no ${RELEASES_DIR}/openapi-<version>.yaml, the spec as last released. ` +
      "`npm run release -- <version>` writes one; for a spec released before that existed, save it there " +
      `(git show <release-commit>:openapi.yaml > ${RELEASES_DIR}/openapi-<version>.yaml), or compare with a file: --base <file>.`);
  }
  return snapshotPath(root, latest);
}
