// @payconnect/sandbox as it is published: the files npm would pack, the `payconnect` bin from dist/ run as a
// real process (sandbox, trigger, events resend), and the SDK package untouched by it.
import { type ChildProcess, execFile, spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from "vitest";
import { enums } from "../../generated/server-table.ts";
import { verifyWebhook } from "../../src/entry/node.ts";
import { root } from "../helpers/paths.ts";
import { copyRepo } from "../unit/release/repo-copy.ts";

const pkgDir = join(root, "packages/sandbox");
const bin = join(pkgDir, "dist/cli.js");
/** Runs the bin without blocking this process: the webhook endpoint the tests listen with must keep answering. */
const run = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr }),
    );
  });

beforeAll(() => {
  const out = spawnSync("npm", ["run", "-s", "build:sandbox"], { cwd: root, encoding: "utf8" });
  expect(out.status, out.stdout + out.stderr).toBe(0);
}, 120_000);

test("npm would publish dist/ and controls.yaml, no sources; the SDK package does not ship the sandbox", () => {
  const packed = JSON.parse(spawnSync("npm", ["pack", "--dry-run", "--json", "--workspace", "packages/sandbox"], { cwd: root, encoding: "utf8", env: { ...process.env, npm_config_ignore_scripts: "true" } }).stdout);
  const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
  for (const must of ["dist/cli.js", "dist/index.js", "controls.yaml", "package.json"]) expect(files).toContain(must);
  expect(files.filter((f) => f.startsWith("src/"))).toEqual([]);
  const sdk = JSON.parse(spawnSync("npm", ["pack", "--dry-run", "--json"], { cwd: root, encoding: "utf8", env: { ...process.env, npm_config_ignore_scripts: "true" } }).stdout);
  expect(sdk[0].files.map((f: { path: string }) => f.path).filter((f: string) => /packages\/|server-table/.test(f))).toEqual([]);
  const sdkPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  expect(Object.keys(sdkPkg.dependencies)).not.toContain("ajv");
});

// A new-user trial packed the sandbox on a tree that had never built it: the tarball held package.json, README and
// controls.yaml, no `payconnect` bin. The pack runs in a copy of the repository (no dist/ there), so the shared
// packages/sandbox/dist is left alone.
test("npm pack -w packages/sandbox without a prior build builds first: the bin, the entries and the LICENSE are in the tarball", () => {
  const dir = copyRepo();
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  expect(existsSync(join(dir, "packages/sandbox/dist")), "the copy starts without dist/").toBe(false);
  const out = spawnSync("npm", ["pack", "--dry-run", "--json", "--workspace", "packages/sandbox"], { cwd: dir, encoding: "utf8" });
  expect(out.status, out.stderr).toBe(0);
  const files: string[] = JSON.parse(out.stdout.slice(out.stdout.indexOf("[")))[0].files.map((f: { path: string }) => f.path);
  const pkg = JSON.parse(readFileSync(join(dir, "packages/sandbox/package.json"), "utf8"));
  const targets = [...Object.values(pkg.bin as Record<string, string>), ...(JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g) ?? [])];
  expect(targets).toContain("./dist/cli.js");
  for (const target of targets) expect(files).toContain(target.slice(2));
  expect(files).toContain("LICENSE");
}, 120_000);

test("the package resolves to dist/ and exports startSandbox", () => {
  const out = spawnSync(process.execPath, ["--input-type=module", "-e", `
    const m = await import("@payconnect/sandbox");
    console.log(JSON.stringify({ url: import.meta.resolve("@payconnect/sandbox"), names: Object.keys(m) }));`], { cwd: root, encoding: "utf8" });
  expect(out.stderr).toBe("");
  const { url, names } = JSON.parse(out.stdout);
  expect(url).toMatch(/packages\/sandbox\/dist\/index\.js$/);
  expect(names).toContain("startSandbox");
});

test("payconnect with no command, or a wrong one, prints usage; a wrong one exits 1 and says what was meant", async () => {
  expect((await run([])).stdout).toMatch(/Usage:/);
  const says = async (args: string[], message: RegExp) => {
    const out = await run(args);
    expect([out.status, out.stderr], args.join(" ")).toEqual([1, expect.stringMatching(message)]);
  };
  await says(["sandbox", "--port", "eighty"], /--port takes a whole number/);
  await says(["trigger", "payment.succeeded", "--sandbox", "http://127.0.0.1:9"], /no sandbox answers at/);
  await says(["sandbox", "--foward-to", "http://127.0.0.1:3000/hook"], /unknown option --foward-to — did you mean --forward-to\?/);
  await says(["trigger"], new RegExp(`needs one event type: ${enums.EventType!.join(", ")}`));
  await says(["events", "resend"], /needs the event id/);
  await says(["sandbox", "--secret-key", "sk_live_abcdefghijkl"], /^payconnect: --secret-key must be a test key/);
  await says(["trigger", "payment.failed", "--forward-to", "localhost:3000/hook"], /--forward-to must be an http:\/\/ or https:\/\/ URL/);
  const busy = http.createServer((_req, res) => res.writeHead(404).end("not here"));
  await new Promise<void>((r) => busy.listen(0, "127.0.0.1", r));
  const port = (busy.address() as AddressInfo).port;
  try {
    await says(["sandbox", "--port", String(port)], new RegExp(`port ${port} is in use — is another sandbox running\\?`));
    await says(["trigger", "payment.failed", "--sandbox", `http://127.0.0.1:${port}`], /is not a PayConnect sandbox/);
  } finally {
    busy.close();
  }
});

describe("payconnect sandbox, then trigger and events resend against it", () => {
  let child: ChildProcess;
  let banner = "";
  const received: { body: string; signature: string }[] = [];
  /** When set, the endpoint refuses deliveries with this body (as a handler with the wrong secret would). */
  let refusal: string | undefined;
  const endpoint = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ body, signature: String(req.headers["x-payconnect-signature"]) });
      if (refusal === undefined) res.writeHead(200).end();
      else res.writeHead(400, { "content-type": "application/json" }).end(refusal);
    });
  });

  beforeAll(async () => {
    await new Promise<void>((r) => endpoint.listen(0, "127.0.0.1", r));
    const hook = `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/hook`;
    child = spawn(process.execPath, [bin, "sandbox", "--port", "0", "--forward-to", hook], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (c) => {
        banner += c;
        if (/PAYCONNECT_WEBHOOK_SECRET=\S+/.test(banner)) resolve();
      });
      child.once("exit", (code) => reject(new Error(`payconnect sandbox exited ${code}`)));
    });
  }, 60_000);
  afterAll(async () => {
    child?.kill("SIGTERM");
    await new Promise<void>((r) => endpoint.close(() => r()));
  });

  const value = (name: string) => new RegExp(`${name}=(\\S+)`).exec(banner)![1]!;

  test("it prints the base URL, an sk_test_ key and a whsec_ secret", () => {
    expect(value("PAYCONNECT_BASE_URL")).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(value("PAYCONNECT_SANDBOX_URL")).toBe(value("PAYCONNECT_BASE_URL"));
    expect(banner).toMatch(/baseUrl: process\.env\.PAYCONNECT_BASE_URL/);
    expect(value("PAYCONNECT_SECRET_KEY")).toMatch(/^sk_test_/);
    expect(value("PAYCONNECT_WEBHOOK_SECRET")).toMatch(/^whsec_/);
  });

  test.each(enums.EventType!)("trigger %s delivers a verified event of that type", async (type) => {
    const out = await run(["trigger", type, "--sandbox", value("PAYCONNECT_BASE_URL")]);
    expect(out.status, out.stderr).toBe(0);
    // The requested event is the last one printed (payment.refunded is preceded by the payment.succeeded it needs).
    const id = [...out.stdout.matchAll(/(evt_\w+)/g)].at(-1)![1]!;
    expect(out.stdout).toContain(`${type} ${id}`);
    expect(out.stdout).toMatch(/delivered \(200\)/);
    await expect.poll(() => received.find((r) => JSON.parse(r.body).id === id), { timeout: 10_000 }).toBeDefined();
    const got = received.find((r) => JSON.parse(r.body).id === id)!;
    const event = await verifyWebhook(got.body, got.signature, value("PAYCONNECT_WEBHOOK_SECRET"));
    expect(event.type).toBe(type);
  });

  test("events resend sends the same event id again", async () => {
    const id = JSON.parse(received[0]!.body).id;
    const before = received.filter((r) => JSON.parse(r.body).id === id).length;
    const out = await run(["events", "resend", id], { PAYCONNECT_SANDBOX_URL: value("PAYCONNECT_BASE_URL") });
    expect(out.status, out.stderr).toBe(0);
    await expect.poll(() => received.filter((r) => JSON.parse(r.body).id === id).length, { timeout: 10_000 }).toBe(before + 1);
    const unknown = await run(["events", "resend", "evt_unknown"], { PAYCONNECT_SANDBOX_URL: value("PAYCONNECT_BASE_URL") });
    expect(unknown.stderr).toMatch(/No event with id evt_unknown/);
    expect(unknown.stderr).not.toMatch(/Usage:/); // not a usage mistake
  });

  test("the delivery log shows each attempt, and the bin's output names each delivery", async () => {
    await expect.poll(() => banner.split("\n").filter((l) => / attempt 1: 200/.test(l)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(enums.EventType!.length);
    // The secret is printed once, in the banner; delivery lines never repeat it.
    expect(banner.split(value("PAYCONNECT_WEBHOOK_SECRET")).length - 1).toBe(1);
  });

  test("trigger exits 1 when the endpoint refuses the event, and prints what it answered", async () => {
    refusal = JSON.stringify({ error: "no_valid_signature" });
    try {
      const out = await run(["trigger", "payment.failed", "--sandbox", value("PAYCONNECT_BASE_URL")]);
      expect(out.status).toBe(1);
      expect(out.stdout).toContain(refusal);
      expect(out.stdout).toMatch(/answered 400.*retrying at/);
      // The sandbox's own log explains the usual cause: a secret from an earlier start.
      await expect.poll(() => banner, { timeout: 5_000 }).toMatch(/hint: the webhook secret is new on every start/);
    } finally {
      refusal = undefined;
    }
  });

  test("Ctrl-C says that state is discarded and which retries will not be sent", async () => {
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(banner).toMatch(/stopping: \d+ event\(s\) and every payment are discarded; 1 delivery\(ies\) waiting for a retry will not be sent/);
  });
});
