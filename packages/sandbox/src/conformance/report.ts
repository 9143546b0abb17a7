// What a run prints and writes: a summary a person reads (each failure with its check, operation, the requests
// that led to it, credentials masked, and the command that replays it), JUnit XML for CI, and JSON.
import type { CaseResult } from "./case.ts";
import type { Exchange } from "./http.ts";
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

export function replayCommand(report: ConformanceReport, id: string): string {
  return `payconnect conformance --base-url ${report.baseUrl} --secret-key "$PAYCONNECT_SECRET_KEY" --seed ${report.seed} --replay ${id}`;
}

export function formatSummary(report: ConformanceReport): string {
  const count = (o: CaseResult["outcome"]) => report.cases.filter((c) => c.outcome === o).length;
  const lines = [
    `PayConnect conformance of ${report.baseUrl} (seed ${report.seed}): ${report.cases.length} cases — ${count("passed")} passed, ${count("failed")} failed, ${count("skipped")} skipped`,
    `${report.requests} requests, ${report.checks} checks, ${(report.ms / 1000).toFixed(1)} s${report.rateLimitWaits ? `, ${report.rateLimitWaits} waits for the rate limit` : ""}`,
  ];
  for (const c of report.cases.filter((x) => x.outcome === "failed")) {
    lines.push("", `✗ ${c.id} — ${c.title}`);
    for (const f of c.failures) lines.push(`    ${f.check} (${f.operationId}): ${oneLine(f.message)}`);
    for (const ex of shownExchanges(c)) lines.push(...formatExchange(ex).map((l) => `      ${l}`));
    lines.push(`    replay: ${replayCommand(report, c.id)}`);
  }
  const skipped = report.cases.filter((c) => c.outcome === "skipped");
  if (skipped.length > 0) lines.push("", ...skipped.map((c) => `- skipped ${c.id}: ${oneLine(c.skipped ?? "")}`));
  lines.push("", report.ok ? "conformance: PASS" : `conformance: FAIL (${count("failed")} cases)`);
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

/**
 * Server-controlled text as one inert line: a terminal must not act on it (escape sequences, carriage returns,
 * bidi overrides) and it must not start a line of its own (a forged "replay:" line). Such characters are shown
 * as \u escapes.
 */
function oneLine(text: string): string {
  return text.replace(/[\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
      const open = `    <testcase classname="conformance.${xml(g)}.${xml(c.operationId)}" name="${xml(c.id)}" time="${secs(c.ms)}"`;
      if (c.outcome === "passed") return `${open}/>`;
      if (c.outcome === "skipped") return `${open}>\n      <skipped message="${xml(c.skipped ?? "")}"/>\n    </testcase>`;
      const detail = [...shownExchanges(c).flatMap(formatExchange), `replay: ${replayCommand(report, c.id)}`].join("\n");
      const failures = c.failures.map((f) => `      <failure type="${xml(f.check)}" message="${xml(`${f.check} (${f.operationId}): ${f.message}`)}">${xml(detail)}</failure>`);
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
