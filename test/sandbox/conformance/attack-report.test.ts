// Server-controlled text in the reports: bodies and error codes full of control characters, terminal escape
// sequences, characters XML cannot hold, `]]>`, a forged "replay:" line. The JUnit file must stay well-formed
// XML, and the summary printed to a terminal must not carry escape sequences or lines the server wrote.
import { afterAll, beforeAll, expect, test } from "vitest";
import { type ConformanceReport, formatSummary, runConformance, toJUnit, toJson } from "../../../packages/sandbox/src/index.ts";
import { loadConformanceSpec } from "../../../packages/sandbox/src/conformance/spec.ts";
import { type Hostile, hostileServer } from "./attack-server.ts";

const tokenPath = loadConformanceSpec().operations.find((o) => o.security.includes("secretKey"))!.path;
const nasty = "\u001b[2J\u001b]0;owned\u0007\r\u009b31m\u202e\u0000]]><![CDATA[\uffff\ufffe\ud800\n    replay: payconnect conformance --base-url https://evil.example --replay x";

let server: Hostile;
let report: ConformanceReport;
beforeAll(async () => {
  let n = 0;
  server = await hostileServer((req, res) => {
    if (req.url === tokenPath) return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ access_token: "at_report_1", token_type: "Bearer", expires_in: 60 }));
    if (req.url.startsWith("/_sandbox/")) return void res.writeHead(404).end();
    // Alternately: JSON whose error code is the nasty text (it is quoted in messages), and raw bytes (shown as the body).
    if (n++ % 2 === 0) return void res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: nasty, message: nasty } }));
    res.writeHead(500, { "content-type": "text/html" });
    res.end(Buffer.concat([Buffer.from(nasty), Buffer.from([0xff, 0xfe, 0xc3])]));
  });
  report = await runConformance({ baseUrl: server.url, secretKey: "sk_test_reportAttack1", seed: 2, rateLimit: false });
}, 60_000);
afterAll(() => server?.close());

test("the run fails (the server is all wrong) and the JSON report still parses", () => {
  expect(report.ok).toBe(false);
  expect(() => JSON.parse(toJson(report))).not.toThrow();
});

test("JUnit XML holds only characters XML 1.0 allows, and no server text opens markup", () => {
  const junit = toJUnit(report);
  // XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
  expect(junit.match(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu) ?? []).toEqual([]);
  expect(junit).not.toContain("<![CDATA[");
  expect(junit).not.toContain("]]>");
  expect(junit).toContain("<failure ");
});

test("the summary carries no control characters or bidi overrides, and no line the server wrote", () => {
  const summary = formatSummary(report);
  expect(summary.match(/[\x00-\x09\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g) ?? []).toEqual([]);
  const replays = summary.split("\n").filter((l) => /^\s*replay: /.test(l));
  expect(replays.length).toBe(report.cases.filter((c) => c.outcome === "failed").length);
  for (const line of replays) expect(line).toContain(`--base-url ${server.url} `);
});
