// A hostile server holds the runner's credentials up to it: echoes the Authorization header in a response header,
// a Location, the body and the fields the runner quotes in its messages, and takes the secret key as a token.
// None of it may reach the report (any of its formats), an error, or another host.
import { inspect } from "node:util";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type Sandbox, formatSummary, runConformance, startSandbox, toJUnit, toJson } from "../../../packages/sandbox/src/index.ts";
import { loadConformanceSpec } from "../../../packages/sandbox/src/conformance/spec.ts";
import { hostileServer, proxyServer } from "./attack-server.ts";

const spec = loadConformanceSpec();
const tokenPath = spec.operations.find((o) => o.security.includes("secretKey"))!.path;
const createPath = spec.byId.get("createPayment")!.path;
const credentialOf = (auth: unknown) => String(auth ?? "").replace(/^Bearer /, "");

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimit: 100_000 });
});
afterAll(() => sandbox?.close());

test("credentials a server echoes back (headers, Location, body, quoted fields, URLs) never reach the report or its formats", { timeout: 60_000 }, async () => {
  const issued = new Set<string>();
  const proxy = await proxyServer(sandbox.url, (req, up) => {
    const credential = credentialOf(req.headers.authorization);
    const headers = { ...up.headers, "x-echo": String(req.headers.authorization ?? ""), location: `https://elsewhere.example/?t=${credential}` };
    if (req.url === tokenPath) {
      const token = (JSON.parse(up.body) as { access_token?: string }).access_token;
      if (token) issued.add(token);
      return { ...up, headers };
    }
    // Takes the secret key as an access token, and says so back.
    if (credential === sandbox.secretKey) return { status: 200, headers, body: JSON.stringify({ id: credential, echo: credential }) };
    let body = up.body;
    try {
      const json = JSON.parse(body) as Record<string, unknown>;
      if (req.method === "POST" && req.url === createPath && up.status === 201) json.id = credential;
      if ("currency" in json) json.currency = credential;
      body = JSON.stringify(json);
    } catch {
      // not JSON: passed on as it is
    }
    return { status: up.status, headers, body };
  });
  try {
    const report = await runConformance({ baseUrl: proxy.url, secretKey: sandbox.secretKey, seed: 3, rateLimit: false });
    expect(report.ok).toBe(false);
    expect(issued.size).toBeGreaterThan(0);
    const texts = { report: JSON.stringify(report), summary: formatSummary(report), junit: toJUnit(report), json: toJson(report) };
    const leaks = Object.entries(texts).flatMap(([name, text]) => [
      ...(text.includes(sandbox.secretKey) ? [`${name}: the secret key`] : []),
      ...([...issued].some((t) => text.includes(t)) ? [`${name}: an access token`] : []),
    ]);
    expect(leaks).toEqual([]);
  } finally {
    await proxy.close();
  }
});

test("a token exchange that fails and echoes the key (body and headers): the error says what failed and holds no key", async () => {
  const key = "sk_test_attackEchoKey123";
  const server = await hostileServer((req, res) => {
    res.writeHead(401, { "content-type": "application/json", "x-echo": String(req.headers.authorization ?? "") });
    res.end(JSON.stringify({ error: { code: "unauthorized", message: `bad key ${credentialOf(req.headers.authorization)}` } }));
  });
  try {
    const report = await runConformance({ baseUrl: server.url, secretKey: key, seed: 1 });
    expect(report.stopped).toMatch(/token exchange.*401/);
    expect(inspect(report, { depth: 20 })).not.toContain(key);
  } finally {
    await server.close();
  }
});

test("redirects are not followed: the secret key and tokens are sent to the base URL's host only", async () => {
  const elsewhere = await hostileServer((_req, res) => void res.end("{}"));
  const server = await hostileServer((req, res) => {
    res.writeHead(307, { location: `${elsewhere.url}${req.url}` });
    res.end();
  });
  try {
    await runConformance({ baseUrl: server.url, secretKey: "sk_test_redirectKey1", seed: 1, rateLimit: false }).catch(() => undefined);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(elsewhere.requests).toEqual([]);
  } finally {
    await server.close();
    await elsewhere.close();
  }
});

test("an access token that spells report words ('failed'): masking it cannot change outcomes, ids or check names", async () => {
  const server = await hostileServer((req, res) => {
    if (req.url === tokenPath) return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ access_token: "failed", token_type: "Bearer", expires_in: 60 }));
    res.writeHead(500, { "content-type": "text/plain" }).end("failed");
  });
  try {
    const report = await runConformance({ baseUrl: server.url, secretKey: "sk_test_wordToken1", seed: 1, rateLimit: false });
    expect(report.ok).toBe(false);
    expect(report.cases.filter((c) => c.outcome === "failed").length).toBeGreaterThan(0);
    for (const c of report.cases) {
      expect(["passed", "failed", "skipped"]).toContain(c.outcome);
      expect(`${c.id} ${c.checks.join(" ")} ${c.failures.map((f) => f.check).join(" ")}`).not.toContain("<an access token>");
    }
  } finally {
    await server.close();
  }
});

test("a live secret key is refused before anything is sent, on any server: a run creates payments and refunds", async () => {
  const liveKey = "sk_live_carelessUser1";
  for (const baseUrl of ["http://payments.example:8080", "https://payments.example", "http://127.0.0.1:9"]) {
    const error = await runConformance({ baseUrl, secretKey: liveKey, seed: 1 }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/use a test key/);
    expect((error as Error).message).not.toContain(liveKey);
  }
});
