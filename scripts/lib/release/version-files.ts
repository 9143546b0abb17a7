// Setting the version everywhere it is written, touching nothing else in those files: package.json,
// package-lock.json (its own version and the root package's), openapi.yaml's info.version (only that scalar's
// bytes) and src/version.ts.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument, Scalar } from "yaml";

export const VERSION_FILES = ["package.json", "package-lock.json", "openapi.yaml", "src/version.ts"] as const;

/** Every place the version is written, read back: what a release must make agree. */
export function readVersions(root: string): Record<string, string | undefined> {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const spec = parseDocument(readFileSync(join(root, "openapi.yaml"), "utf8"));
  const ts = /VERSION = "([^"]*)"/.exec(readFileSync(join(root, "src/version.ts"), "utf8"));
  return {
    "package.json version": pkg.version,
    "package-lock.json version": lock.version,
    'package-lock.json packages[""].version': lock.packages?.[""]?.version,
    "openapi.yaml info.version": String(spec.getIn(["info", "version"]) ?? ""),
    "src/version.ts VERSION": ts?.[1],
  };
}

export function writeVersion(root: string, version: string): void {
  editJson(join(root, "package.json"), (pkg) => void (pkg.version = version));
  editJson(join(root, "package-lock.json"), (lock) => {
    lock.version = version;
    if (lock.packages?.[""]) lock.packages[""].version = version;
  });
  const specFile = join(root, "openapi.yaml");
  writeFileSync(specFile, withInfoVersion(readFileSync(specFile, "utf8"), version));
  const tsFile = join(root, "src/version.ts");
  const ts = readFileSync(tsFile, "utf8");
  if (!/VERSION = "[^"]*"/.test(ts)) throw new Error(`${tsFile}: no \`VERSION = "…"\` to update`);
  writeFileSync(tsFile, ts.replace(/VERSION = "[^"]*"/, `VERSION = "${version}"`));
}

/** The spec text with only info.version's scalar replaced (its quoting kept); every other byte stays. */
export function withInfoVersion(text: string, version: string): string {
  const node = parseDocument(text).getIn(["info", "version"], true);
  if (!(node instanceof Scalar) || !node.range) throw new Error("openapi.yaml has no info.version to update");
  const [start, end] = node.range;
  const quote = node.type === Scalar.QUOTE_DOUBLE ? '"' : node.type === Scalar.QUOTE_SINGLE ? "'" : "";
  return `${text.slice(0, start)}${quote}${version}${quote}${text.slice(end)}`;
}

function editJson(file: string, edit: (value: any) => void): void {
  const text = readFileSync(file, "utf8");
  const value = JSON.parse(text);
  edit(value);
  // npm writes two-space JSON with a final newline; keep whatever indentation the file has.
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
  writeFileSync(file, `${JSON.stringify(value, null, indent)}${text.endsWith("\n") ? "\n" : ""}`);
}
