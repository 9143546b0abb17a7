// `payconnect conformance` misused, or pointed at a server that refuses or is gone: every such run exits 2 (could not run) with
// one message saying what to do — no stack trace, no secret key — and a mistake in the options is found before
// anything is sent.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Hostile, downUrl, hostileServer } from "./attack-server.ts";
import { runCli } from "./run-cli.ts";

const key = "sk_test_cliAttackKey42";
const run = (args: string[]) => runCli(["conformance", ...args], { PAYCONNECT_SECRET_KEY: key }, 60_000);

/** Exit 2 (the run could not start or go on), a message matching `said`, no stack trace, no key. */
function refused(out: Awaited<ReturnType<typeof run>>, said: RegExp): void {
  expect(out.status, out.stdout + out.stderr).toBe(2);
  expect(out.stderr).toMatch(said);
  expect(out.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(out.stdout + out.stderr).not.toContain(key);
}

let refusing: Hostile;
beforeAll(async () => {
  refusing = await hostileServer((req, res) => {
    res.writeHead(401, { "content-type": "application/json", "x-echo": String(req.headers.authorization) });
    res.end(JSON.stringify({ error: { code: "unauthorized", message: `no: ${String(req.headers.authorization)}` } }));
  });
});
afterAll(() => refusing?.close());

test("a refused secret key, or a server that is down: exit 2 with the reason, no stack trace", { timeout: 60_000 }, async () => {
  const [bad, down] = await Promise.all([run(["--base-url", refusing.url, "--seed", "1"]), run(["--base-url", await downUrl(), "--seed", "1"])]);
  refused(bad, /token exchange .*answered 401; check --secret-key and --base-url/);
  refused(down, /ECONNREFUSED/);
});

test("--spec that is missing, not YAML, or has no token exchange: exit 2 naming the file, no stack trace", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "pc-attack-spec-"));
  writeFileSync(join(dir, "broken.yaml"), "paths: [\n");
  writeFileSync(join(dir, "empty.yaml"), "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\n");
  const outs = await Promise.all(["missing.yaml", "broken.yaml", "empty.yaml"].map((f) => run(["--base-url", refusing.url, "--spec", join(dir, f)])));
  refused(outs[0]!, /missing\.yaml: no such file/);
  refused(outs[1]!, /broken\.yaml/);
  refused(outs[2]!, /empty\.yaml.*no operation secured by secretKey/);
});

test("--json / --junit that cannot be written: said before the run, nothing sent", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "pc-attack-out-"));
  const server = await hostileServer((_req, res) => void res.writeHead(500).end());
  try {
    const [json, junit] = await Promise.all([
      run(["--base-url", server.url, "--json", join(dir, "no-such-dir", "r.json")]),
      run(["--base-url", server.url, "--junit", dir]),
    ]);
    refused(json, /--json .*no-such-dir.*cannot be written/);
    refused(junit, /--junit .*cannot be written/);
    expect(server.requests).toEqual([]);
  } finally {
    await server.close();
  }
});

test("odd option values: exit 2 with a usage message, nothing sent", { timeout: 60_000 }, async () => {
  const server = await hostileServer((_req, res) => void res.writeHead(500).end());
  try {
    const cases: [string[], RegExp][] = [
      [["--seed", "1.5"], /--seed takes a whole number/],
      [["--seed", "99999999999999999999"], /seed must be a whole number/],
      [["--seed=-1"], /--seed takes a whole number/],
      [["--max-examples", "100000"], /maxExamples must be a whole number from 0 to 1000/],
      [["--max-example", "3"], /did you mean --max-examples/],
      [["--replay", "no/such/case"], /no case "no\/such\/case"/],
      [["--base-url", `${server.url}/?key=1`], /baseUrl must not have a query or fragment/],
    ];
    // Every case but the one about --base-url itself gets the good one (an option given twice is refused).
    const outs = await Promise.all(cases.map(([args]) => run(args.includes("--base-url") ? args : ["--base-url", server.url, ...args])));
    outs.forEach((out, i) => refused(out, cases[i]![1]));
    expect(server.requests).toEqual([]);
  } finally {
    await server.close();
  }
});
