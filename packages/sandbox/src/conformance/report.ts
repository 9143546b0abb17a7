// What a run prints and writes: a summary a person reads (each failure with its check, operation, the requests
// that led to it, credentials masked, and the command that replays it), JUnit XML for CI, and JSON.
import type { CaseResult } from "./case.ts";
import type { Exchange } from "./http.ts";
import { NO_OPERATION } from "./case.ts";
import { DEFAULT_MAX_EXAMPLES } from "./options.ts";
import { inertText as oneLine } from "../inert-text.ts";
import type { ConformanceReport } from "./run.ts";

/** Exchanges a failed case shows: the one each failure is about, and the one before it (what led there). */
function shownExchanges(c: CaseResult): Exchange[] {
  const at = new Set<number>();
  for (const f of c.failures) {
    const i = f.exchange ?? c.exchanges.length - 1;
    if (i > 0) at.add(i - 1);
    if (i >= 0) at.add(i);
  }
  return [...at].sort((a, b) => a - b).slice(-8).map((i) => c.exchanges[i]!);
}

/** The command that runs case `id` again with the same inputs (the key comes from $PAYCONNECT_SECRET_KEY, never the command line). */
export function replayCommand(report: ConformanceReport, id: string): string {
  const spec = report.spec === undefined ? "" : ` --spec ${report.spec}`;
  const examples = report.maxExamples === DEFAULT_MAX_EXAMPLES ? "" : ` --max-examples ${report.maxExamples}`;
  return `payconnect conformance --base-url ${report.baseUrl}${spec}${examples} --seed ${report.seed} --replay ${id}`;
}

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** The operation a failure names; cases about no operation (an unknown route) show none. */
const on = (operationId: string) => (operationId === NO_OPERATION ? "" : ` (${operationId})`);

export function formatSummary(report: ConformanceReport): string {
  const count = (o: CaseResult["outcome"]) => report.cases.filter((c) => c.outcome === o).length;
  const lines = [
    `PayConnect conformance of ${report.baseUrl} (seed ${report.seed}): ${counted(report.cases.length, "case")} — ${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped`,
    `${counted(report.requests, "request")}, ${counted(report.checks, "check")}, ${(report.ms / 1000).toFixed(1)} s${report.rateLimitWaits ? `, ${counted(report.rateLimitWaits, "wait")} for the rate limit (${(report.rateLimitWaitMs / 1000).toFixed(1)} s)` : ""}`,
  ];
  for (const c of report.cases.filter((x) => x.outcome === "failed")) {
    lines.push("", `✗ ${c.id} — ${c.title}`);
    for (const f of c.failures) lines.push(`    ${f.check}${on(f.operationId)}: ${oneLine(f.message)}`);
    for (const ex of shownExchanges(c)) lines.push(...formatExchange(ex).map((l) => `      ${l}`));
    lines.push(`    replay: ${replayCommand(report, c.id)}`);
  }
  const skipped = report.cases.filter((c) => c.outcome === "skipped");
  if (skipped.length > 0) lines.push("", ...skipped.map((c) => `- skipped ${c.id}: ${oneLine(c.skipped ?? "")}`));
  if (report.stopped !== undefined) lines.push("", `stopped early: ${oneLine(report.stopped)}`);
  lines.push("", report.ok ? "conformance: PASS" : `conformance: FAIL (${counted(count("failed"), "case")}${report.stopped === undefined ? "" : ", stopped early"})`);
  return lines.join("\n");
}

function formatExchange(ex: Exchange): string[] {
  const r = ex.request;
  const auth = r.headers.authorization ?? r.headers.Authorization;
  return [
    `→ ${r.method} ${oneLine(r.url)}${auth ? ` (Authorization: ${oneLine(auth)})` : ""}${r.body === undefined ? "" : ` ${excerpt(r.body)}`}`,
    `← ${ex.response.status} ${excerpt(ex.response.body)}`,
  ];
}

function excerpt(text: string): string {
  return oneLine(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

/** Text for XML 1.0: markup characters as references; what XML cannot hold at all (controls, lone surrogates, U+FFFE/F) as U+FFFD. */
const xml = (s: string) =>
  s.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "\uFFFD").replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function toJUnit(report: ConformanceReport): string {
  const groups = [...new Set(report.cases.map((c) => c.group))];
  const secs = (ms: number) => (ms / 1000).toFixed(3);
  const suites = groups.map((g) => {
    const cases = report.cases.filter((c) => c.group === g);
    const body = cases.map((c) => {
      const open = `    <testcase classname="conformance.${xml(g)}${c.operationId === NO_OPERATION ? "" : `.${xml(c.operationId)}`}" name="${xml(c.id)}" time="${secs(c.ms)}"`;
      if (c.outcome === "passed") return `${open}/>`;
      if (c.outcome === "skipped") return `${open}>\n      <skipped message="${xml(c.skipped ?? "")}"/>\n    </testcase>`;
      // One failure element per case (CI tools show only the first): every failed check in its message, the exchanges once.
      const messages = c.failures.map((f) => `${f.check}${on(f.operationId)}: ${f.message}`);
      const detail = [...messages, "", ...shownExchanges(c).flatMap(formatExchange), `replay: ${replayCommand(report, c.id)}`].join("\n");
      const failures = [`      <failure type="${xml([...new Set(c.failures.map((f) => f.check))].join(" "))}" message="${xml(messages.join("; "))}">${xml(detail)}</failure>`];
      return `${open}>\n${failures.join("\n")}\n    </testcase>`;
    });
    const n = (o: CaseResult["outcome"]) => cases.filter((c) => c.outcome === o).length;
    return `  <testsuite name="${xml(g)}" tests="${cases.length}" failures="${n("failed")}" skipped="${n("skipped")}" time="${secs(cases.reduce((t, c) => t + c.ms, 0))}">\n${body.join("\n")}\n  </testsuite>`;
  });
  const failed = report.cases.filter((c) => c.outcome === "failed").length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="payconnect conformance (seed ${report.seed})" tests="${report.cases.length}" failures="${failed}" time="${secs(report.ms)}">\n${suites.join("\n")}\n</testsuites>\n`;
}

/** The report as JSON; exchanges are kept for failed cases only (the last few). */
export function toJson(report: ConformanceReport): string {
  // The parsed body stays out: `body` is the same text with credentials masked.
  const shown = (ex: Exchange) => ({ request: ex.request, response: { status: ex.response.status, headers: ex.response.headers, body: ex.response.body }, ms: ex.ms });
  return `${JSON.stringify({ ...report, cases: report.cases.map((c) => ({ ...c, exchanges: c.outcome === "failed" ? c.exchanges.map(shown) : [], replay: replayCommand(report, c.id) })) }, null, 2)}\n`;
}
