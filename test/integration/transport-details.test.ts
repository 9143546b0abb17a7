// Details of the two transports over real sockets on 127.0.0.1: connections are kept alive and reused, a body
// is sent with its Content-Length, a response that declares a body over the limit is refused before any of it
// arrives, a response cut off mid-body says so, close() leaves a caller's own agent alone, and a URL the
// transport cannot speak is refused with a clear error. Written against mutants a Stryker run of src/ left alive.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { ConnectionError, UnexpectedResponseError, createPayConnect } from "../../src/entry/node.js";
import { MAX_RESPONSE_BYTES } from "../../src/transport/limits.js";
import { nodeHttpTransport } from "../../src/transport/node-http-transport.js";
import { Abort } from "../../src/transport/abort.js";
import { SECRET, payment, tokenReply } from "../helpers/fake-api.ts";

type Behaviour = (req: http.IncomingMessage, res: http.ServerResponse) => void;
let behaviour: Behaviour;
const seen: { headers: http.IncomingHttpHeaders; socket: number }[] = [];
const sockets = new Map<object, number>();
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!sockets.has(req.socket)) sockets.set(req.socket, sockets.size);
    seen.push({ headers: req.headers, socket: sockets.get(req.socket)! });
    req.resume();
    req.on("end", () => {
      if (req.url === "/v1/auth/token") {
        const body = JSON.stringify((tokenReply() as { body: unknown }).body);
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
      } else behaviour(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  seen.length = 0;
  behaviour = (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(payment));
});

const transports = [
  ["node:http transport", {}],
  ["fetch transport", { fetch: globalThis.fetch }],
] as const;

test("the node:http transport keeps connections alive: calls in a row share one socket", async () => {
  const pc = createPayConnect({ secretKey: SECRET, baseUrl });
  for (let i = 0; i < 3; i++) await pc.getPayment(payment.id);
  pc.close();
  expect(seen).toHaveLength(4); // the token request and three calls
  expect(new Set(seen.map((s) => s.socket)).size).toBe(1);
});

test("a request body is sent with its Content-Length (not chunked)", async () => {
  const transport = nodeHttpTransport();
  const body = JSON.stringify({ note: "prix fixe: 5 €" });
  await transport({ method: "POST", url: `${baseUrl}/v1/payments`, headers: { "content-type": "application/json" }, body, abort: new Abort() });
  transport.close?.();
  expect(seen[0]!.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
  expect(seen[0]!.headers["transfer-encoding"]).toBeUndefined();
});

describe.each(transports)("%s", (_name, options) => {
  test("a response declaring more than the limit is refused at once, before its body arrives", async () => {
    // The body never comes: a transport that waited for it would hang until the timeout.
    behaviour = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": String(MAX_RESPONSE_BYTES + 1) });
      res.write("{");
    };
    const pc = createPayConnect({ secretKey: SECRET, baseUrl, maxRetries: 0, timeoutMs: 20_000, ...options });
    const started = Date.now();
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    pc.close();
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(new RegExp(`a body larger than ${MAX_RESPONSE_BYTES} bytes`));
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

test("a response cut off mid-body is a connection error that says so", async () => {
  behaviour = (_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
    res.write('{"id":');
    setTimeout(() => res.socket?.destroy(), 20);
  };
  const pc = createPayConnect({ secretKey: SECRET, baseUrl, maxRetries: 0 });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  pc.close();
  expect(error).toBeInstanceOf(ConnectionError);
  expect((error as Error).message).toMatch(/closed the connection mid-response/);
});

test("close() leaves an agent the caller passed alone (it is theirs)", async () => {
  const agent = new http.Agent({ keepAlive: true });
  const destroy = vi.spyOn(agent, "destroy");
  const pc = createPayConnect({ secretKey: SECRET, baseUrl, httpAgent: agent });
  await pc.getPayment(payment.id);
  pc.close();
  expect(destroy).not.toHaveBeenCalled();
  agent.destroy();
});

test("a URL whose protocol the transport cannot speak is refused with a clear error", async () => {
  const transport = nodeHttpTransport();
  await expect(transport({ method: "GET", url: "ftp://127.0.0.1/v1/payments", headers: {}, abort: new Abort() }))
    .rejects.toThrow(/unsupported protocol ftp: in baseUrl; use https:\/\//);
  transport.close?.();
});
