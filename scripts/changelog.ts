// `npm run changelog [-- <git-ref>]`: writes the classified spec changes since <ref> (as diff:spec finds them)
// under the current version in CHANGELOG.md, replacing that version's section if it exists.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultBaseRef, specAt } from "./lib/base-spec.ts";
import { type Change, diffSpecs } from "./lib/spec-diff.ts";
import { loadSpec } from "./lib/spec.ts";

const root = process.cwd();
const head = loadSpec(join(root, "openapi.yaml"));
const version = String((head.info as { version?: string }).version);
const pkgVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
if (version !== pkgVersion) {
  console.error(`info.version (${version}) and package.json version (${pkgVersion}) differ: set both to the new version first.`);
  process.exit(1);
}
const ref = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? defaultBaseRef(root);
const base = ref ? specAt(ref, root) : undefined;
const changes = base ? diffSpecs(base, head) : [];

const titles: [Change["class"], string][] = [
  ["breaking", "Breaking changes"],
  ["non-breaking", "Additions and other non-breaking changes"],
  ["docs-only", "Documentation"],
];
const date = new Date().toISOString().slice(0, 10);
const body = titles
  .map(([cls, title]) => {
    const list = changes.filter((c) => c.class === cls);
    return list.length ? `### ${title}\n\n${list.map((c) => `- \`${c.where}\`: ${c.message}`).join("\n")}\n` : "";
  })
  .filter(Boolean)
  .join("\n");
const section = `## ${version} — ${date}\n\n${body || "No changes to the API description.\n"}`;

const file = join(root, "CHANGELOG.md");
const text = readFileSync(file, "utf8");
const existing = new RegExp(`^## ${version.replace(/\./g, "\\.")} — .*?(?=^## |(?![\\s\\S]))`, "ms");
const next = existing.test(text)
  ? text.replace(existing, `${section}\n`)
  : text.replace(/^## /m, `${section}\n## `);
writeFileSync(file, next);
console.log(`changelog: ${version} — ${changes.length} changes since ${ref ?? "the beginning"} written to CHANGELOG.md`);
