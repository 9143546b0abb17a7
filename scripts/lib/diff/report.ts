// Findings as text: the gate's report and the changelog's entries share one rendering of each finding.
import type { ChangeClass, Finding } from "./types.ts";

export const CLASS_ORDER: ChangeClass[] = ["breaking", "non-breaking", "docs-only"];

/** Operations by operationId (the SDK method), then webhooks by event type. */
export function reachedBy(f: Finding): string {
  if (!f.reachedBy.length) return "";
  const hooks = f.reachedBy.filter((r) => r.startsWith("webhook ")).map((r) => r.slice("webhook ".length));
  const ops = f.reachedBy.filter((r) => !r.startsWith("webhook "));
  const parts = [ops.join(", "), hooks.length ? `webhook${hooks.length > 1 ? "s" : ""} ${hooks.join(", ")}` : ""].filter(Boolean);
  const partial = f.breakingFor.length ? ` (breaking for ${f.breakingFor.map((r) => r.replace(/^webhook /, "")).join(", ")})` : "";
  return `reached by ${parts.join("; ")}${partial}`;
}

/** The gate's report: one line per finding and one for what reaches it, grouped by class. */
export function renderReport(findings: Finding[]): string[] {
  const lines: string[] = [];
  for (const cls of CLASS_ORDER) {
    const list = findings.filter((f) => f.class === cls);
    if (!list.length) continue;
    lines.push(`${cls} (${list.length})`);
    for (const f of list) {
      lines.push(`  - ${f.where}: ${f.message}`);
      // A finding inside one operation or webhook names it already; a shared component says who it reaches.
      if (f.shared && f.reachedBy.length) lines.push(`    ${reachedBy(f)}`);
    }
  }
  return lines;
}
