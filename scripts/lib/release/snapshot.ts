// One release snapshot: releases/openapi-<version>.yaml, the spec byte-for-byte as `npm run release` saved it.
import { join, relative } from "node:path";
import { type JsonObject, loadSpec } from "../spec.ts";

export const RELEASES_DIR = "releases";

export interface ReleaseBase {
  spec: JsonObject;
  /** The file, relative to the repository root when inside it. */
  label: string;
  version: string;
}

export function specVersion(spec: JsonObject): string {
  const info = spec.info as { version?: unknown } | undefined;
  return String(info?.version ?? "");
}

export function snapshotPath(root: string, version: string): string {
  return join(root, RELEASES_DIR, `openapi-${version}.yaml`);
}

/** Loads a base spec, or throws naming the file and how to restore it. */
export function readSnapshot(root: string, path: string): ReleaseBase {
  const label = relative(root, path).startsWith("..") ? path : relative(root, path);
  let spec: JsonObject;
  try {
    spec = loadSpec(path);
  } catch (error) {
    // The loader's own advice is about --spec; keep only what is wrong with the file.
    const why = (error instanceof Error ? error.message : String(error))
      .replace(/^\S+?: (?=no such file)/, "").replace(/\s*Pass the spec with --spec.*$/s, "").replace(/\.$/, "");
    throw new Error(`cannot read the release base ${label}: ${why}. Restore it from the release commit ` +
      `(git show <release-commit>:openapi.yaml > ${label}) or compare with another file: --base <file>.`);
  }
  return { spec, label, version: specVersion(spec) };
}
