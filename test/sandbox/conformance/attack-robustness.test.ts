// A server that is down, hangs, resets, keeps answering 429 or fakes the sandbox: the run ends in bounded time with
// a message that says what happened, instead of a timeout (or two rate-limit waits) per remaining request.
import type { ServerResponse } from "node:http";
import { expect, test } from "vitest";
import { formatSummary, runConformance } from "../../../packages/sandbox/src/index.ts";
import { downUrl, hostileServer, isProbe, oneRequest, outcome, sandboxStatus, secretKey, tokenPath, withTokens } from "./attack-server.ts";

test("a server that is down: the run stops at once, naming the connection error", async () => {
  const started = Date.now();
  const { stop, report } = await outcome(await downUrl());
  expect(report?.ok).toBe(false);
  expect(stop).toMatch(/(stopped answering|got no answer).*ECONNREFUSED/);
  expect(Date.now() - started).toBeLessThan(3_000);
});

test("a server that stops answering after the token exchange: the run stops after a few timeouts, not one per case", async () => {
  const server = await hostileServer(withTokens((req, res) => void (isProbe(req) ? res.writeHead(404).end() : undefined)));
  try {
    const { stop, report } = await outcome(server.url, { timeoutMs: 300 });
    expect(report?.ok).toBe(false);
    expect(stop).toMatch(/stopped answering.*no answer within 300 ms/);
    expect(server.requests.filter((r) => !isProbe(r) && r.url !== tokenPath).length).toBeLessThanOrEqual(3);
  } finally {
    await server.close();
  }
});

test("a server that answers 429 to everything: the run stops after one request's waits, saying so", async () => {
  const server = await hostileServer(withTokens((req, res) => {
    if (isProbe(req)) return void res.writeHead(404).end();
    res.writeHead(429, { "content-type": "application/json", "retry-after": "1" });
    res.end(JSON.stringify({ error: { code: "rate_limited", message: "slow down" } }));
  }));
  try {
    const { stop, report } = await outcome(server.url, {}, 10_000);
    expect(report?.ok).toBe(false);
    expect(stop).toMatch(/still answers 429/);
    // The time waited is reported, not only the number of waits: each wait honoured Retry-After (1 s).
    expect(report!.rateLimitWaits).toBeGreaterThan(0);
    expect(report!.rateLimitWaitMs).toBeGreaterThanOrEqual(report!.rateLimitWaits * 900);
    expect(formatSummary(report!)).toContain(`${report!.rateLimitWaits} wait${report!.rateLimitWaits === 1 ? "" : "s"} for the rate limit (${(report!.rateLimitWaitMs / 1000).toFixed(1)} s)`);
  } finally {
    await server.close();
  }
}, 15_000);

/** A server that passes for a sandbox (the runner then advances its clock instead of waiting) and answers the
 * API with `api`; `advanced` collects the seconds of each clock advance. */
async function rateLimitedSandbox(api: (res: ServerResponse) => void) {
  const advanced: number[] = [];
  const server = await hostileServer(withTokens((req, res) => {
    if (req.url === "/_sandbox/status") return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sandboxStatus));
    if (req.url === "/_sandbox/clock/advance") {
      advanced.push((JSON.parse(req.body) as { seconds: number }).seconds);
      return void res.writeHead(200, { "content-type": "application/json" }).end("{}");
    }
    api(res);
  }));
  return { server, advanced };
}

test("Retry-After that is huge, negative or garbage: each wait is between 1 s and the cap (on a sandbox, its clock moves instead)", async () => {
  const values = ["99999999", "-5", "soon", "1e400"];
  let api = 0;
  const { server, advanced } = await rateLimitedSandbox((res) => {
    const retryAfter = values[api++ % values.length]!;
    res.writeHead(api <= 2 * values.length ? 429 : 404, { "content-type": "application/json", "retry-after": retryAfter }).end("{}");
  });
  try {
    for (let i = 0; i < values.length; i++) await runConformance({ baseUrl: server.url, secretKey, seed: 1, replay: oneRequest }).catch(() => undefined);
    expect(advanced.length).toBeGreaterThan(0);
    for (const s of advanced) expect(s >= 1 && s <= 65, `a wait of ${s} s`).toBe(true);
  } finally {
    await server.close();
  }
});

test("Retry-After as an HTTP date is waited out until that date, as the SDK reads it", async () => {
  let api = 0;
  const { server, advanced } = await rateLimitedSandbox((res) => {
    const date = new Date(Math.ceil(Date.now() / 1000) * 1000 + 20_000).toUTCString();
    res.writeHead(api++ < 1 ? 429 : 404, { "content-type": "application/json", "retry-after": date }).end("{}");
  });
  try {
    await runConformance({ baseUrl: server.url, secretKey, seed: 1, replay: oneRequest }).catch(() => undefined);
    expect(advanced.length).toBe(1);
    expect(advanced[0]).toBeGreaterThanOrEqual(18);
    expect(advanced[0]).toBeLessThanOrEqual(21);
  } finally {
    await server.close();
  }
});

test("a connection reset: the case fails naming what happened, not just 'fetch failed'", async () => {
  const server = await hostileServer(withTokens((req, res) => void (isProbe(req) ? res.writeHead(404).end() : req.method && res.socket?.destroy())));
  try {
    const { report } = await outcome(server.url, { replay: oneRequest });
    const message = report!.cases[0]!.failures.map((f) => f.message).join("\n");
    expect(message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/\S+: .*(closed|reset|ECONNRESET|UND_ERR_SOCKET)/i);
  } finally {
    await server.close();
  }
});

test("a token exchange that answers 200 without access_token (a token under another name): the message says what is missing", async () => {
  const server = await hostileServer((req, res) => {
    if (isProbe(req)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ token: "at_elsewhere", expires_in: 60 }));
  });
  try {
    const report = await runConformance({ baseUrl: server.url, secretKey, seed: 1, replay: oneRequest });
    expect(report.ok).toBe(false);
    expect(report.stopped).toMatch(/answered 200 without a string access_token/);
    expect(JSON.stringify(report)).not.toContain("at_elsewhere");
  } finally {
    await server.close();
  }
});

test("a server whose catch-all answers 200 HTML to any GET is not taken for a sandbox (its controls are not used)", async () => {
  const server = await hostileServer(withTokens((req, res) => {
    if (req.method === "GET") return void res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><div id=app></div>");
    res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "not_found", message: "no" } }));
  }));
  try {
    const report = await runConformance({ baseUrl: server.url, secretKey, seed: 1, replay: "stateful/createRefund/limits" });
    expect(report.cases[0]!.skipped).toMatch(/no way to complete a payment on this server/);
  } finally {
    await server.close();
  }
});
