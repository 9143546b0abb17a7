// The package's entries as bundles: after tsc, every JavaScript file package.json "exports" names is replaced by
// one esbuild bundle of what it imports, with code two entries share in chunk files beside them (so the error
// classes exist once: `instanceof` holds across `@payconnect/sdk` and `@payconnect/sdk/webhooks`). Node then loads
// 2–3 files instead of ~60 on import. Not minified (a user's bundler minifies; a stack trace stays readable);
// openapi-fetch, the optional peer `redis` and node: built-ins stay imports. The .d.ts files and the per-module
// .js beside them are unchanged.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { build } from "esbuild";

type Exports = string | { [condition: string]: Exports };

/** The JavaScript files package.json "exports" points at, relative to the package root. */
export function exportedScripts(packageJson: { exports?: Exports }): string[] {
  const found = new Set<string>();
  const walk = (node: Exports | undefined, condition: string) => {
    if (typeof node === "string") {
      if (condition !== "types" && node.endsWith(".js")) found.add(node.replace(/^\.\//, ""));
    } else if (node !== undefined) for (const [key, value] of Object.entries(node)) walk(value, key);
  };
  walk(packageJson.exports, "");
  return [...found].sort();
}

export async function bundleEntries(root: string): Promise<string[]> {
  const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports?: Exports; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
  const entries = exportedScripts(packageJson).map((file) => resolve(root, file));
  const outdir = dirname(entries[0]!);
  if (entries.some((entry) => dirname(entry) !== outdir)) throw new Error(`bundle-entries: the exported scripts must share one folder, got ${entries.map((e) => relative(root, e)).join(", ")}`);
  const result = await build({
    entryPoints: entries,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    external: ["node:*", ...Object.keys(packageJson.dependencies ?? {}), ...Object.keys(packageJson.peerDependencies ?? {})],
    chunkNames: "chunk-[hash]",
    write: false,
    allowOverwrite: true,
    logLevel: "error",
  });
  // Written only once the whole build succeeded: a failed bundle leaves tsc's output as it was. Without the imports
  // esbuild adds only to keep the order in which chunks run (`import "./chunk-….js";`): the package declares
  // `sideEffects: false`, every chunk only defines things, and an app's bundler drops such an import anyway, with a
  // warning ("Ignoring this import because … was marked as having no side effects") that is noise in the app's build.
  for (const output of result.outputFiles) writeFileSync(output.path, withoutOrderImports(output.text));
  return result.outputFiles.map((output) => relative(root, output.path));
}

/** `code` without its side-effect-only imports of sibling chunks. */
export function withoutOrderImports(code: string): string {
  return code.replace(/^import "\.\/chunk-[A-Z0-9]+\.js";\n/gm, "");
}
