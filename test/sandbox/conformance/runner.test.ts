// runConformance against the sandbox: a fixed seed passes with every group of cases run and every operation
// called; the reports (summary, JUnit, JSON) never carry a credential; a failing case replays alone with the
// same requests; bad options are refused before anything is sent.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { root } from "../../helpers/paths.ts";
import { type ConformanceReport, type Sandbox, formatSummary, runConformance, startSandbox, toJUnit, toJson } from "../../../packages/sandbox/src/index.ts";
import { loadConformanceSpec } from "../../../packages/sandbox/src/conformance/spec.ts";

let sandbox: Sandbox;
let faulty: Sandbox;
let report: ConformanceReport;
let failing: ConformanceReport;
const SEED = 20261130;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  faulty = await startSandbox({ port: 0, faults: ["missing-header"], rateLimit: 100_000 });
  report = await runConformance({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, seed: SEED });
  console.log(`conformance against the sandbox: ${report.cases.length} cases, ${report.requests} requests, ${report.checks} checks, ${(report.ms / 1000).toFixed(1)} s, ${report.rateLimitWaits} rate-limit waits`);
  failing = await runConformance({ baseUrl: faulty.url, secretKey: faulty.secretKey, seed: SEED, rateLimit: false });
}, 180_000);
afterAll(async () => {
  await sandbox?.close();
  await faulty?.close();
});

test("a run against the sandbox with the default settings passes, with no case skipped", () => {
  expect(formatSummary(report)).toMatch(/conformance: PASS$/);
  expect(report.ok).toBe(true);
  expect(report.cases.filter((c) => c.outcome !== "passed").map((c) => `${c.id}: ${c.skipped ?? JSON.stringify(c.failures)}`)).toEqual([]);
});

test("every group of cases runs, and every operation of the spec is called", () => {
  expect(new Set(report.cases.map((c) => c.group))).toEqual(new Set(["positive", "negative", "stateful", "cross-cutting"]));
  const paths = new Set(report.cases.flatMap((c) => c.exchanges.map((e) => `${e.request.method} ${new URL(e.request.url).pathname}`)));
  for (const op of loadConformanceSpec().operations) {
    const pattern = new RegExp(`^${op.method.toUpperCase()} ${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`);
    expect([...paths].some((p) => pattern.test(p)), `${op.operationId} was called`).toBe(true);
  }
});

test("the README's table names exactly the checks a run makes", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Checking a PayConnect server against the spec"));
  const table = section.slice(0, section.indexOf("\n\n", section.indexOf("| group |")));
  const lastCells = table.split("\n").filter((l) => l.startsWith("| ")).map((l) => l.split(" | ").at(-1)!);
  const documented = new Set(lastCells.flatMap((cell) => [...cell.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!)));
  const made = new Set(report.cases.flatMap((c) => c.checks));
  expect([...made].sort()).toEqual([...documented].sort());
});

test("a failing run exits with every failure named by check and operation, and the reports agree", () => {
  expect(failing.ok).toBe(false);
  const failed = failing.cases.filter((c) => c.outcome === "failed");
  expect(failed.length).toBeGreaterThan(0);
  for (const c of failed) {
    for (const f of c.failures) {
      expect(f.check).toMatch(/^[a-z_]+$/);
      expect(f.operationId).not.toBe("");
    }
  }
  const junit = toJUnit(failing);
  expect(junit).toMatch(new RegExp(`<testsuites [^>]*tests="${failing.cases.length}" failures="${failed.length}"`));
  expect(junit.match(/<testcase /g)?.length).toBe(failing.cases.length);
  expect(JSON.parse(toJson(failing)).cases.filter((c: { outcome: string }) => c.outcome === "failed")).toHaveLength(failed.length);
  const summary = formatSummary(failing);
  expect(summary).toMatch(/conformance: FAIL/);
  for (const c of failed) expect(summary).toContain(`--seed ${SEED} --replay ${c.id}`);
});

test("no report carries the secret key or an access token: every Authorization is named, not shown", () => {
  const texts = [formatSummary(failing), toJUnit(failing), toJson(failing), formatSummary(report), toJson(report)];
  for (const text of texts) {
    expect(text).not.toContain(faulty.secretKey);
    expect(text).not.toContain(faulty.secretKey.slice("sk_test_".length));
  }
  const auths = failing.cases.flatMap((c) => c.exchanges.map((e) => e.request.headers.authorization)).filter((a) => a !== undefined);
  expect(auths.length).toBeGreaterThan(0);
  for (const a of auths) expect(a).toMatch(/^Bearer (<the secret key>|<an access token>|not-a-real-token)$/);
});

test("a failing case replays alone with the same seed: the same requests, the same failure", async () => {
  const original = failing.cases.find((c) => c.outcome === "failed" && c.group === "positive") ?? failing.cases.find((c) => c.outcome === "failed")!;
  const again = await runConformance({ baseUrl: faulty.url, secretKey: faulty.secretKey, seed: SEED, replay: original.id, rateLimit: false });
  expect(again.cases.map((c) => c.id)).toEqual([original.id]);
  const shape = (r: typeof original) => r.exchanges.map((e) => `${e.request.method} ${e.request.url.replace(/\/\/[^/]+/, "")} ${e.request.body ?? ""}`.replace(/(pay|re|evt)_\w+/g, "$1_…").replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "uuid"));
  expect(shape(again.cases[0]!)).toEqual(shape(original));
  expect(again.cases[0]!.failures.map((f) => f.check)).toEqual(original.failures.map((f) => f.check));
});

test("bad options are refused with a clear error before anything is sent", async () => {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits++;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ baseUrl: "localhost:4242", secretKey: "sk_test_abcdefgh" }, /baseUrl must be the server's http\(s\):\/\/ URL/],
      [{ baseUrl: url, secretKey: "pk_test_abc" }, /secretKey must be a PayConnect secret key/],
      [{ baseUrl: url, secretKey: "sk_test_abcdefgh", seed: -1 }, /seed must be/],
      [{ baseUrl: url, secretKey: "sk_test_abcdefgh", maxExamples: 1.5 }, /maxExamples must be/],
      [{ baseUrl: url, secretKey: "sk_test_abcdefgh", retries: 3 }, /unknown option retries/],
      [{ baseUrl: `http://user:pw@127.0.0.1:1`, secretKey: "sk_test_abcdefgh" }, /must not carry a user name or password/],
    ];
    for (const [options, message] of cases) {
      const error = await runConformance(options as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect(String((error as Error).message)).toMatch(message);
      expect(String((error as Error).message)).not.toContain("pk_test_abc");
    }
    expect(hits).toBe(0);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});
