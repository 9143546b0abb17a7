// The walk meets a change to a shared component once per operation, status and webhook that reaches it;
// this merges those into one finding per change, listing what reaches it once.
import type { Change, ChangeClass, Finding } from "./types.ts";

const SEVERITY: Record<ChangeClass, number> = { breaking: 2, "non-breaking": 1, "docs-only": 0 };

export function group(changes: Change[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const c of changes) {
    const where = c.path ? `${c.component} ${c.path}` : c.component;
    const key = `${where}\u0000${c.message}`;
    let f = byKey.get(key);
    if (!f) {
      f = { class: c.class, where, message: c.message, reachedBy: [], breakingFor: [], shared: c.shared };
      byKey.set(key, f);
    }
    if (SEVERITY[c.class] > SEVERITY[f.class]) f.class = c.class;
    if (c.by !== undefined && !f.reachedBy.includes(c.by)) f.reachedBy.push(c.by);
    if (c.by !== undefined && c.class === "breaking" && !f.breakingFor.includes(c.by)) f.breakingFor.push(c.by);
  }
  const findings = [...byKey.values()];
  // breakingFor lists only a partial set: when everything that reaches it breaks, reachedBy says it all.
  for (const f of findings) if (f.breakingFor.length === f.reachedBy.length) f.breakingFor = [];
  return findings.sort((a, b) => SEVERITY[b.class] - SEVERITY[a.class]);
}

export function summarize(findings: Finding[]): Record<ChangeClass, number> {
  const counts: Record<ChangeClass, number> = { breaking: 0, "non-breaking": 0, "docs-only": 0 };
  for (const f of findings) counts[f.class]++;
  return counts;
}

/** The overall class of a change set: the most severe of its findings. */
export function overall(findings: Finding[]): ChangeClass | "none" {
  if (findings.some((f) => f.class === "breaking")) return "breaking";
  if (findings.some((f) => f.class === "non-breaking")) return "non-breaking";
  return findings.length ? "docs-only" : "none";
}
