// `npm run diff:spec [-- <git-ref>]`: what changed in openapi.yaml for users since <ref> (default: the latest
// v* tag, else the previous commit), each change classified breaking / non-breaking / docs-only. Exits 1 on
// a breaking change unless info.version's major number was bumped.
import { join } from "node:path";
import { defaultBaseRef, major, specAt } from "./lib/base-spec.ts";
import { type Change, diffSpecs, overall, summarize } from "./lib/spec-diff.ts";
import { loadSpec } from "./lib/spec.ts";

// The repository is the working directory (npm runs scripts from the package root).
const root = process.cwd();
const ref = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? defaultBaseRef(root);
if (!ref) {
  console.log("diff:spec: no git history to compare with (first commit); nothing to check.");
  process.exit(0);
}
const base = specAt(ref, root);
if (!base) {
  console.log(`diff:spec: openapi.yaml does not exist at ${ref} (or the ref is not in this clone); nothing to compare.`);
  process.exit(0);
}
const head = loadSpec(join(root, "openapi.yaml"));
const changes = diffSpecs(base, head);
const order: Change["class"][] = ["breaking", "non-breaking", "docs-only"];
for (const cls of order) {
  const list = changes.filter((c) => c.class === cls);
  if (!list.length) continue;
  console.log(`\n${cls} (${list.length})`);
  for (const c of list) console.log(`  - ${c.where}: ${c.message}`);
}
const counts = summarize(changes);
const verdict = overall(changes);
const bumped = major(head.info && (head.info as { version?: string }).version) > major(base.info && (base.info as { version?: string }).version);
console.log(`\ndiff:spec vs ${ref} (${String((base.info as { version?: string }).version)} → ${String((head.info as { version?: string }).version)}): ${verdict}; ` +
  `${counts.breaking} breaking, ${counts["non-breaking"]} non-breaking, ${counts["docs-only"]} docs-only`);
if (verdict === "breaking" && !bumped) {
  console.error("Breaking changes need a major version bump of info.version (and package.json), or a non-breaking design.");
  process.exit(1);
}
