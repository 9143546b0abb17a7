// `payconnect conformance` as a real process (from source): exit 0 against the sandbox, exit 1 against a faulty
// one with the failing check and its --replay printed, --junit and --json written; the secret key read from the
// environment never printed; usage mistakes exit 2 saying what is missing.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Sandbox, startSandbox } from "../../../packages/sandbox/src/index.ts";
import { runCli } from "./run-cli.ts";

const run = runCli;

let good: Sandbox;
let faulty: Sandbox;
beforeAll(async () => {
  good = await startSandbox({ port: 0 });
  faulty = await startSandbox({ port: 0, faults: ["refund-over-amount"], rateLimit: 100_000 });
});
afterAll(async () => {
  await good?.close();
  await faulty?.close();
});

test("against the sandbox: exit 0, one line per case, the summary, a JUnit file; the key comes from the environment and is never printed", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "pc-conformance-"));
  const out = await run(["conformance", "--base-url", good.url, "--seed", "5", "--junit", join(dir, "junit.xml"), "--json", join(dir, "report.json")], { PAYCONNECT_SECRET_KEY: good.secretKey });
  expect(out.status, out.stdout + out.stderr).toBe(0);
  expect(out.stdout).toMatch(/^✓ positive\//m);
  expect(out.stdout).toMatch(/seed 5\): \d+ cases — \d+ passed, 0 failed/);
  expect(out.stdout).toMatch(/conformance: PASS/);
  expect(out.stdout + out.stderr).not.toContain(good.secretKey);
  expect(readFileSync(join(dir, "junit.xml"), "utf8")).toMatch(/<testsuites [^>]*failures="0"/);
  expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).ok).toBe(true);
});

test("against a faulty server: exit 1, the failing check and operation, the requests and a --replay that reproduces it", { timeout: 120_000 }, async () => {
  const env = { PAYCONNECT_SECRET_KEY: faulty.secretKey };
  const out = await run(["conformance", "--base-url", faulty.url, "--seed", "9", "--skip-rate-limit"], env);
  expect(out.status, out.stderr).toBe(1);
  expect(out.stdout).toMatch(/refund_limits \(createRefund\): a refund of \d+ on a payment of \d+ answered 2\d\d/);
  expect(out.stdout).toMatch(/→ POST http:\/\/127\.0\.0\.1:\d+\/v1\/payments\/pay_\w+\/refunds \(Authorization: Bearer <an access token>\)/);
  const replay = /replay: payconnect conformance (.*--replay (\S+))$/m.exec(out.stdout);
  expect(replay).not.toBeNull();
  const again = await run(["conformance", ...replay![1]!.split(" ")], env);
  expect(again.status).toBe(1);
  expect(again.stdout).toMatch(/: 1 case — 0 passed, 1 failed/);
  expect(again.stdout).toContain(`✗ ${replay![2]}`);
  expect(out.stdout + again.stdout).not.toContain(faulty.secretKey);
});

test("usage mistakes exit 2 and say what to pass", async () => {
  const noUrl = await run(["conformance"], { PAYCONNECT_SECRET_KEY: "sk_test_abcdefgh" });
  expect(noUrl.status).toBe(2);
  expect(noUrl.stderr).toMatch(/needs --base-url URL/);
  const noKey = await run(["conformance", "--base-url", good.url]);
  expect(noKey.status).toBe(2);
  expect(noKey.stderr).toMatch(/set \$PAYCONNECT_SECRET_KEY/);
  const badKey = await run(["conformance", "--base-url", good.url, "--secret-key", "pk_live_secretish"]);
  expect(badKey.status).toBe(2);
  expect(badKey.stderr).toMatch(/secretKey must be a PayConnect secret key/);
  expect(badKey.stderr).not.toContain("pk_live_secretish");
});
