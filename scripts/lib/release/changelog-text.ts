// CHANGELOG.md as text: work in progress lives under `## Unreleased` (written from the diff, replaced each
// time); a release renames that heading to `## <version> — <date>`. A released section is never rewritten.
import type { Finding } from "../diff/index.ts";
import { CLASS_ORDER, reachedBy } from "../diff/report.ts";

const TITLES: Record<Finding["class"], string> = {
  breaking: "Breaking changes",
  "non-breaking": "Additions and other non-breaking changes",
  "docs-only": "Documentation",
};
const UNRELEASED = /^## Unreleased[ \t]*\n[\s\S]*?(?=^## |(?![\s\S]))/m;

/** The body of a section: the findings by class, each with what reaches it. */
export function sectionBody(findings: Finding[], baseVersion: string): string {
  const parts = CLASS_ORDER.map((cls) => {
    const list = findings.filter((f) => f.class === cls);
    if (!list.length) return "";
    const items = list.map((f) => `- \`${f.where}\`: ${f.message}${f.shared && f.reachedBy.length ? ` (${reachedBy(f)})` : ""}`);
    return `### ${TITLES[cls]}\n\n${items.join("\n")}\n`;
  });
  return parts.filter(Boolean).join("\n") || `No changes to the API description since ${baseVersion}.\n`;
}

/** The changelog with `## Unreleased` holding `body`: replaced if present, else inserted above the first release. */
export function withUnreleased(text: string, body: string): string {
  const section = `## Unreleased\n\n${body}\n`;
  if (UNRELEASED.test(text)) return text.replace(UNRELEASED, section);
  const first = /^## /m.exec(text);
  if (first) return `${text.slice(0, first.index)}${section}${text.slice(first.index)}`;
  return `${text.replace(/\n*$/, "\n\n")}${section}`;
}

/** Turns `## Unreleased` into the version's section. */
export function releaseUnreleased(text: string, version: string, date: string): string {
  if (!UNRELEASED.test(text)) throw new Error("CHANGELOG.md has no `## Unreleased` section to release");
  return text.replace(/^## Unreleased[ \t]*$/m, `## ${version} — ${date}`);
}
