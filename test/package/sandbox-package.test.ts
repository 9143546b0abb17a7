// @payconnect/sandbox as it is published: the files npm would pack, the `payconnect` bin from dist/ run as a
// real process (sandbox, trigger, events resend), and the SDK package untouched by it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { enums } from "../../generated/server-table.ts";
import { verifyWebhook } from "../../src/entry/node.ts";
import { root } from "../helpers/paths.ts";

const pkgDir = join(root, "packages/sandbox");
const bin = join(pkgDir, "dist/cli.js");
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, ...env }, timeout: 30_000 });

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

test("the package resolves to dist/ and exports startSandbox", () => {
  const out = spawnSync(process.execPath, ["--input-type=module", "-e", `
    const m = await import("@payconnect/sandbox");
    console.log(JSON.stringify({ url: import.meta.resolve("@payconnect/sandbox"), names: Object.keys(m) }));`], { cwd: root, encoding: "utf8" });
  expect(out.stderr).toBe("");
  const { url, names } = JSON.parse(out.stdout);
  expect(url).toMatch(/packages\/sandbox\/dist\/index\.js$/);
  expect(names).toContain("startSandbox");
});

test("payconnect with no command, or a wrong one, prints usage; a wrong one exits 1", () => {
  expect(run([]).stdout).toMatch(/Usage:/);
  const wrong = run(["sandbox", "--port", "eighty"]);
  expect([wrong.status, wrong.stderr]).toEqual([1, expect.stringMatching(/--port takes a whole number/)]);
  const nobody = run(["trigger", "payment.succeeded", "--sandbox", "http://127.0.0.1:9"]);
  expect([nobody.status, nobody.stderr]).toEqual([1, expect.stringMatching(/no sandbox answers at/)]);
});

describe("payconnect sandbox, then trigger and events resend against it", () => {
  let child: ChildProcess;
  let banner = "";
  const received: { body: string; signature: string }[] = [];
  const endpoint = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ body, signature: String(req.headers["x-payconnect-signature"]) });
      res.writeHead(200).end();
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
    expect(value("PAYCONNECT_SECRET_KEY")).toMatch(/^sk_test_/);
    expect(value("PAYCONNECT_WEBHOOK_SECRET")).toMatch(/^whsec_/);
  });

  test.each(enums.EventType!)("trigger %s delivers a verified event of that type", async (type) => {
    const out = run(["trigger", type, "--sandbox", value("PAYCONNECT_BASE_URL")]);
    expect(out.status, out.stderr).toBe(0);
    const id = /(evt_\w+)/.exec(out.stdout)![1]!;
    await expect.poll(() => received.find((r) => JSON.parse(r.body).id === id), { timeout: 10_000 }).toBeDefined();
    const got = received.find((r) => JSON.parse(r.body).id === id)!;
    const event = await verifyWebhook(got.body, got.signature, value("PAYCONNECT_WEBHOOK_SECRET"));
    expect(event.type).toBe(type);
  });

  test("events resend sends the same event id again", async () => {
    const id = JSON.parse(received[0]!.body).id;
    const before = received.filter((r) => JSON.parse(r.body).id === id).length;
    const out = run(["events", "resend", id], { PAYCONNECT_SANDBOX_URL: value("PAYCONNECT_BASE_URL") });
    expect(out.status, out.stderr).toBe(0);
    await expect.poll(() => received.filter((r) => JSON.parse(r.body).id === id).length, { timeout: 10_000 }).toBe(before + 1);
    expect(run(["events", "resend", "evt_unknown"], { PAYCONNECT_SANDBOX_URL: value("PAYCONNECT_BASE_URL") }).stderr).toMatch(/No event with id evt_unknown/);
  });

  test("the delivery log shows each attempt, and the bin's output names each delivery", async () => {
    await expect.poll(() => banner.split("\n").filter((l) => / attempt 1: 200/.test(l)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(enums.EventType!.length);
    // The secret is printed once, in the banner; delivery lines never repeat it.
    expect(banner.split(value("PAYCONNECT_WEBHOOK_SECRET")).length - 1).toBe(1);
  });
});
