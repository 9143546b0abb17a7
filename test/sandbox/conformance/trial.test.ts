// What a new API-team user ran into, each as a rule: a server error never passes; a replay carries what the run
// was given; a run that has to stop still leaves its report; refund accounting is judged by what the server
// accepted; live keys and a base URL that repeats the spec's path prefix are refused up front.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Sandbox, formatSummary, replayCommand, runConformance, startSandbox, toJUnit } from "../../../packages/sandbox/src/index.ts";
import { loadConformanceSpec } from "../../../packages/sandbox/src/conformance/spec.ts";
import { root } from "../../helpers/paths.ts";
import { downUrl, proxyServer } from "./attack-server.ts";
import { runCli } from "./run-cli.ts";

const run = runCli;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimit: 100_000 });
});
afterAll(() => sandbox?.close());

test("a 5xx to a valid request fails the run as not_a_server_error, also when a stateful step meets it", { timeout: 60_000 }, async () => {
  const reader = loadConformanceSpec().operations.find((o) => o.method === "get" && o.parameters.some((p) => p.in === "path"))!;
  const prefix = reader.path.slice(0, reader.path.indexOf("{"));
  const proxy = await proxyServer(sandbox.url, (req, up) => req.method === "GET" && req.url.startsWith(prefix)
    ? { status: 500, headers: up.headers, body: JSON.stringify({ error: { code: "internal_error", message: "boom", type: "api_error" } }) } : up);
  try {
    const report = await runConformance({ baseUrl: proxy.url, secretKey: sandbox.secretKey, seed: 3, rateLimit: false });
    expect(report.ok).toBe(false);
    const failed = report.cases.filter((c) => c.failures.some((f) => f.check === "not_a_server_error" && f.operationId === reader.operationId));
    expect(failed.some((c) => c.group === "positive")).toBe(true);
    expect(report.cases.filter((c) => c.group === "stateful" && c.outcome === "skipped").map((c) => c.skipped)).toEqual([]);
  } finally {
    await proxy.close();
  }
});

test("the replay command carries --spec and a non-default --max-examples, and no --secret-key (the key comes from the environment)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "pc-spec-"));
  const spec = join(dir, "openapi.yaml");
  writeFileSync(spec, readFileSync(join(root, "openapi.yaml")));
  const report = await runConformance({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, seed: 4, spec, maxExamples: 3, replay: "positive/getPayment/3" });
  const command = replayCommand(report, report.cases[0]!.id);
  expect(command).toContain(`--spec ${spec}`);
  expect(command).toContain("--max-examples 3");
  expect(command).not.toMatch(/--secret-key/);
});

test("refund accounting is judged against the refunds the server accepted; an over-refund is refund_limits alone", { timeout: 60_000 }, async () => {
  const faulty = await startSandbox({ port: 0, faults: ["refund-over-amount"], rateLimit: 100_000 });
  try {
    const report = await runConformance({ baseUrl: faulty.url, secretKey: faulty.secretKey, seed: 5, replay: "stateful/createRefund/limits" });
    const checks = report.cases[0]!.failures.map((f) => f.check);
    expect(checks).toContain("refund_limits");
    expect(checks).not.toContain("refund_accounting");
  } finally {
    await faulty.close();
  }
});

test("live keys are refused (a run creates payments and refunds), and so is a base URL that repeats the spec's path prefix", async () => {
  const live = await runConformance({ baseUrl: sandbox.url, secretKey: "sk_live_abcdefgh12345678" }).catch((e: Error) => e);
  expect(String(live)).toMatch(/test key \(sk_test_…\)/);
  expect(String(live)).not.toContain("abcdefgh12345678");
  const prefix = loadConformanceSpec().operations[0]!.path.split("/").slice(0, 2).join("/");
  const doubled = await runConformance({ baseUrl: `${sandbox.url}${prefix}`, secretKey: sandbox.secretKey }).catch((e: Error) => e);
  expect(String(doubled)).toMatch(new RegExp(`without ${prefix}`));
});

test("the summary counts in words (1 case), and JUnit has one failure element per failed case and no empty operation name", async () => {
  const headerless = await startSandbox({ port: 0, faults: ["missing-header"], rateLimit: 100_000 });
  const unknownRoute = await startSandbox({ port: 0, faults: ["unknown-route-not-404"], rateLimit: 100_000 });
  try {
    const many = await runConformance({ baseUrl: headerless.url, secretKey: headerless.secretKey, seed: 6, replay: "stateful/createRefund/limits" });
    expect(formatSummary(many)).toMatch(/: 1 case — 0 passed, 1 failed/);
    expect(many.cases[0]!.failures.length).toBeGreaterThan(1);
    expect(toJUnit(many).match(/<failure /g)?.length).toBe(1);
    const none = await runConformance({ baseUrl: unknownRoute.url, secretKey: unknownRoute.secretKey, seed: 6, replay: "cross-cutting/unknown-route" });
    expect(none.ok).toBe(false);
    expect(toJUnit(none)).not.toContain("(none)");
    expect(formatSummary(none)).not.toContain("(none)");
  } finally {
    await headerless.close();
    await unknownRoute.close();
  }
});

test("a run that has to stop exits 2 with one line, and still writes the JUnit and JSON reports", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "pc-stop-"));
  const out = await run(["conformance", "--base-url", await downUrl(), "--junit", join(dir, "j.xml"), "--json", join(dir, "r.json")], { PAYCONNECT_SECRET_KEY: "sk_test_abcdefgh" });
  expect(out.status, out.stdout + out.stderr).toBe(2);
  expect(out.stderr.trim().split("\n")).toHaveLength(1);
  expect(existsSync(join(dir, "j.xml"))).toBe(true);
  expect(readFileSync(join(dir, "j.xml"), "utf8")).toMatch(/<failure /);
  expect(JSON.parse(readFileSync(join(dir, "r.json"), "utf8")).stopped).toMatch(/no answer|ECONNREFUSED|refused/i);
});

test("--complete-payment MODULE pays payments where the sandbox's controls are out of reach, so refund and lifecycle cases run", { timeout: 90_000 }, async () => {
  const hidden = await proxyServer(sandbox.url, (req, up) => (req.url.startsWith("/_sandbox/") ? { status: 404, headers: {}, body: "" } : up));
  const dir = mkdtempSync(join(tmpdir(), "pc-hook-"));
  const hook = join(dir, "complete-payment.mjs");
  writeFileSync(hook, `export default async function (id) {
  const res = await fetch("${sandbox.url}/_sandbox/payments/" + id + "/complete", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ outcome: "succeeded" }) });
  if (!res.ok) throw new Error("could not pay " + id);
}
`);
  try {
    const without = await run(["conformance", "--base-url", hidden.url, "--seed", "8", "--skip-rate-limit"], { PAYCONNECT_SECRET_KEY: sandbox.secretKey });
    expect(without.stdout).toMatch(/skipped stateful\/createRefund\/limits: .*refund and lifecycle rules went unchecked: pass --complete-payment MODULE/);
    const withHook = await run(["conformance", "--base-url", hidden.url, "--seed", "8", "--skip-rate-limit", "--complete-payment", hook], { PAYCONNECT_SECRET_KEY: sandbox.secretKey });
    expect(withHook.status, withHook.stdout.slice(-2000) + withHook.stderr).toBe(0);
    expect(withHook.stdout).toMatch(/✓ stateful\/createRefund\/limits/);
    expect(withHook.stdout).not.toMatch(/^- skipped/m);
  } finally {
    await hidden.close();
  }
});

test("usage lists the fault names", async () => {
  const out = await run(["--help"]);
  for (const name of ["refund-over-amount", "no-auth", "missing-header"]) expect(out.stdout).toContain(name);
});
