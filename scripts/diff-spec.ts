// `npm run diff:spec [-- --spec <file>] [-- --base <file>]`: the breaking-change gate. Compares the spec in the
// working tree (committed or not) with the spec as last released (the highest releases/openapi-<version>.yaml),
// or with --base <file>, and lists each change once, classified breaking / non-breaking / docs-only. Exits 1
// on a breaking change unless info.version's major number is above the base's, when there is no base, when the
// release chain in releases/ is broken, and when info.version is not a plain X.Y.Z at or above the last release.
import { resolve } from "node:path";
import { checkHeadVersion, loadBase, major, specVersion } from "./lib/base-spec.ts";
import { runMain, specPath } from "./lib/cli.ts";
import { diffSpecs, overall, renderReport, summarize } from "./lib/diff/index.ts";
import { loadSpec } from "./lib/spec.ts";

runMain("diff:spec", () => {
  const args = process.argv.slice(2);
  const stray = args.find((a, i) => !a.startsWith("--") && !["--spec", "--base"].includes(args[i - 1] ?? ""));
  if (stray !== undefined) {
    throw new Error(`unexpected argument ${stray}: the base is a file, not a git ref. Use --base <file> ` +
      `(e.g. git show ${stray}:openapi.yaml > /tmp/base.yaml, then --base /tmp/base.yaml).`);
  }
  const baseArg = baseFile(args);
  const base = loadBase(process.cwd(), baseArg);
  const path = specPath(args);
  const head = loadSpec(path);
  const label = path === resolve("openapi.yaml") ? "openapi.yaml" : path;
  // Against the release chain the spec must continue it; an explicit --base is any file, in any order.
  checkHeadVersion(label, specVersion(head), baseArg === undefined ? base : undefined);
  const findings = diffSpecs(base.spec, head);
  for (const line of renderReport(findings)) console.log(line);
  const counts = summarize(findings);
  const verdict = overall(findings);
  console.log(`diff:spec: ${verdict} — ${label} (${specVersion(head)}) against ${base.label} ` +
    `(${base.version}): ${counts.breaking} breaking, ${counts["non-breaking"]} non-breaking, ${counts["docs-only"]} docs-only`);
  if (verdict === "breaking" && major(specVersion(head)) <= major(base.version)) {
    throw new Error(`breaking changes need a major version above ${base.version}: \`npm run release -- ${major(base.version) + 1}.0.0\`, or a non-breaking design.`);
  }
});

function baseFile(args: string[]): string | undefined {
  const i = args.indexOf("--base");
  if (i >= 0) {
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new Error("--base needs a file name, e.g. --base releases/openapi-1.0.0.yaml");
    return resolve(value);
  }
  const eq = args.find((a) => a.startsWith("--base="));
  return eq === undefined ? undefined : resolve(eq.slice("--base=".length));
}
