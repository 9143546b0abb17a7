// Release versions are plain X.Y.Z: three numbers without leading zeros. Pre-releases (2.0.0-rc.1) and build
// metadata are refused: the gate's base is always a final release, and a breaking change between two release
// candidates must not need a major version, so a pre-release is published from a branch, without a snapshot.
const PLAIN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `X.Y.Z` as three numbers, or undefined for anything else. */
export function parseVersion(version: unknown): [number, number, number] | undefined {
  const m = PLAIN.exec(String(version ?? ""));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** Why `version` is not a plain X.Y.Z, with the spelling to use instead; undefined when it is one. */
export function versionProblem(version: unknown): string | undefined {
  const v = String(version ?? "");
  if (parseVersion(v)) return undefined;
  if (/^[vV]/.test(v) && parseVersion(v.slice(1))) return `"${v}" starts with "v": write ${v.slice(1)}`;
  if (/^\d+\.\d+\.\d+$/.test(v)) return `"${v}" has a leading zero: write ${v.split(".").map(Number).join(".")}`;
  if (/^[vV]?\d+\.\d+\.\d+[-+]/.test(v)) {
    return `"${v}" is a pre-release or has build metadata: only final X.Y.Z versions are released here ` +
      "(publish a pre-release from a branch, without `npm run release` and without a snapshot)";
  }
  return `"${v}" is not a version X.Y.Z (three numbers without leading zeros, e.g. 1.2.0)`;
}

export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a) ?? [0, 0, 0];
  const y = parseVersion(b) ?? [0, 0, 0];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

export function major(version: unknown): number {
  return parseVersion(version)?.[0] ?? 0;
}
