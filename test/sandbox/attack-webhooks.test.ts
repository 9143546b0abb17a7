// Webhook endpoints that misbehave: one that never stops sending its answer, one that answers slowly. Neither
// may hold up the sandbox or the deliveries to other endpoints, or fill its memory.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, test } from "vitest";
import { type Sandbox, startSandbox } from "../../packages/sandbox/src/index.ts";
import { control } from "./use-sandbox.ts";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function endpoint(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  cleanup.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

async function sandboxFor(forwardTo: string): Promise<Sandbox> {
  const sandbox = await startSandbox({ port: 0, forwardTo });
  cleanup.push(() => sandbox.close());
  return sandbox;
}

async function until<T>(what: () => T | undefined, ms: number): Promise<T | undefined> {
  const end = Date.now() + ms;
  for (;;) {
    const value = what();
    if (value !== undefined || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

test("a 200 whose body never ends counts as delivered at once; the sandbox does not read (and keep) the body", async () => {
  const url = await endpoint((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      const timer = setInterval(() => res.write(Buffer.alloc(256 * 1024)), 5);
      res.on("close", () => clearInterval(timer));
    });
  });
  const sandbox = await sandboxFor(url);
  const { event } = await control(sandbox, "trigger", { type: "payment.succeeded" });
  const logged = await until(() => sandbox.deliveries({ event_id: event.id })[0], 4_000);
  expect(logged).toMatchObject({ attempt: 1, status: 200, ok: true, next_attempt_at: null });
  expect(logged!.latency_ms).toBeLessThan(2_000);
});

test("retries that fall due together run side by side: one slow endpoint does not serialize them (or the clock control)", async () => {
  const EVENTS = 4;
  // First attempts fail at once; second attempts are held until all of them are in flight together (or 5 s
  // pass, which only a sandbox sending them one after another would wait for). Counted, not timed.
  let requests = 0;
  let maxInFlight = 0;
  const held: http.ServerResponse[] = [];
  const url = await endpoint((req, res) => {
    req.resume();
    if (++requests <= EVENTS) return void res.writeHead(500).end();
    held.push(res);
    maxInFlight = Math.max(maxInFlight, held.filter((r) => !r.writableEnded).length);
    const release = () => held.forEach((r) => r.writableEnded || r.writeHead(500).end());
    if (maxInFlight === EVENTS) release();
    else setTimeout(() => res.writableEnded || res.writeHead(500).end(), 5_000);
  });
  const sandbox = await sandboxFor(url);
  for (let i = 0; i < EVENTS; i++) await control(sandbox, "trigger", { type: "payment.succeeded" });
  expect(await until(() => (sandbox.deliveries().length === EVENTS ? true : undefined), 10_000)).toBe(true);
  // Every second attempt is now due at once: the control sends them together and answers once all are logged.
  const advanced = await control(sandbox, "clock/advance", { seconds: 60 });
  expect(advanced.status).toBe(200);
  expect(sandbox.deliveries().filter((d) => d.attempt === 2)).toHaveLength(EVENTS);
  expect(maxInFlight).toBe(EVENTS);
}, 30_000);

// fetch cannot send to a URL with a user name or password (every attempt failed as a bare "network error"),
// and the password showed in the delivery log and /_sandbox/status: such endpoints are refused up front.
test("a webhook endpoint with user:pass@ is refused when the sandbox starts, without quoting the password", () => {
  const attempt = startSandbox({ port: 0, forwardTo: ["http://127.0.0.1:9/ok", "http://merchant:hunter2-secret@127.0.0.1:9/hook"] });
  return expect(attempt).rejects.toThrow(expect.objectContaining({ message: expect.stringMatching(/^(?!.*hunter2-secret).*forwardTo\[1\].*user name or password/s) }));
});

test("forward_to with user:pass@ is refused by the controls (400 on /forward_to) and nothing is sent or logged", async () => {
  const url = await endpoint((_req, res) => res.writeHead(200).end());
  const sandbox = await sandboxFor(url);
  const forward_to = url.replace("http://", "http://merchant:hunter2-secret@");
  const triggered = await control(sandbox, "trigger", { type: "payment.succeeded", forward_to });
  expect([triggered.status, triggered.error?.param]).toEqual([400, "/forward_to"]);
  expect(JSON.stringify(triggered)).not.toContain("hunter2-secret");
  await sandbox.idle();
  expect(JSON.stringify(sandbox.deliveries())).not.toContain("hunter2-secret");
});

test("close() ends deliveries in flight: an endpoint that never answers does not keep the sandbox sending", async () => {
  let closedAt = 0;
  const url = await endpoint((req) => {
    req.resume();
    req.socket.on("close", () => (closedAt = Date.now()));
  });
  const sandbox = await startSandbox({ port: 0, forwardTo: url });
  await control(sandbox, "trigger", { type: "payment.succeeded" });
  await until(() => (closedAt === 0 ? undefined : true), 300); // the attempt is under way, unanswered
  const closing = Date.now();
  await sandbox.close();
  expect(await until(() => (closedAt === 0 ? undefined : closedAt), 3_000)).toBeDefined();
  expect(closedAt - closing).toBeLessThan(1_000);
  await sandbox.idle();
});
