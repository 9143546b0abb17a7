// Going through a corporate proxy with the Node transport: `httpAgent` takes any node:http Agent, e.g.
// https-proxy-agent. Here a real CONNECT proxy on 127.0.0.1 and a tunnelling agent written the way
// https-proxy-agent works; the API's host name resolves only inside the proxy, so a success proves that
// every request (token included) went through it.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { type Duplex, PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../src/entry/node.js";
import { createPayConnect as createWebClient } from "../../src/entry/web.js";
import { SECRET } from "../helpers/fake-api.ts";
import { startFaultServer } from "../helpers/fault-server.ts";

const HIDDEN_HOST = "payconnect.internal.invalid"; // .invalid never resolves (RFC 2606)

async function startProxy(targetPort: number) {
  const tunnels: string[] = [];
  const server = http.createServer((_req, res) => res.writeHead(405).end()); // CONNECT only
  server.on("connect", (req: http.IncomingMessage, client: net.Socket) => {
    tunnels.push(req.url!);
    const [host, port] = req.url!.split(":");
    if (host !== HIDDEN_HOST || Number(port) !== targetPort) return client.end("HTTP/1.1 403 Forbidden\r\n\r\n");
    const upstream = net.connect(targetPort, "127.0.0.1", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { port, tunnels, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

/** An Agent whose sockets are CONNECT tunnels through the proxy (as https-proxy-agent does for any target). */
class TunnelAgent extends http.Agent {
  constructor(private readonly proxyPort: number) {
    super({ keepAlive: true });
  }
  override createConnection(options: http.ClientRequestArgs, callback?: (error: Error | null, socket: Duplex) => void): undefined {
    const done = callback!;
    const connect = http.request({ host: "127.0.0.1", port: this.proxyPort, method: "CONNECT", path: `${options.host}:${options.port}` });
    connect.on("connect", (res, socket) => (res.statusCode === 200 ? done(null, socket) : done(new Error(`proxy answered ${res.statusCode}`), socket)));
    connect.on("error", (error) => done(error, new PassThrough()));
    connect.end();
    return undefined;
  }
}

describe("httpAgent: through a forward proxy", () => {
  let api: Awaited<ReturnType<typeof startFaultServer>>;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let baseUrl: string;
  beforeAll(async () => {
    api = await startFaultServer();
    const apiPort = Number(new URL(api.baseUrl).port);
    proxy = await startProxy(apiPort);
    // Plain http to a host that is not this machine: allowed by allowInsecureConnection (a test stand-in for https).
    baseUrl = `http://${HIDDEN_HOST}:${apiPort}`;
  });
  afterAll(async () => {
    await proxy.close();
    await api.close();
  });

  test("without it the API host is unreachable; with it, token and API calls all pass through the proxy", async () => {
    const direct = createPayConnect({ secretKey: SECRET, baseUrl, maxRetries: 0, allowInsecureConnection: true });
    await expect(direct.getPayment("pay_1")).rejects.toBeInstanceOf(PayConnectError);
    direct.close();
    expect(api.requests).toHaveLength(0);

    const agent = new TunnelAgent(proxy.port);
    const pc = createPayConnect({ secretKey: SECRET, baseUrl, httpAgent: agent, allowInsecureConnection: true });
    await expect(pc.getPayment("pay_1")).resolves.toMatchObject({ id: expect.any(String) });
    await expect(pc.cancelPayment("pay_1")).resolves.toMatchObject({ id: expect.any(String) });
    expect(api.tokenRequests).toHaveLength(1);
    expect(api.requests).toHaveLength(2);
    expect(proxy.tunnels.length).toBeGreaterThanOrEqual(1);
    expect(new Set(proxy.tunnels)).toEqual(new Set([`${HIDDEN_HOST}:${new URL(baseUrl).port}`]));

    // The agent is the caller's: close() leaves it working for the next client.
    pc.close();
    const next = createPayConnect({ secretKey: SECRET, baseUrl, httpAgent: agent, allowInsecureConnection: true });
    await expect(next.getPayment("pay_1")).resolves.toMatchObject({ id: expect.any(String) });
    agent.destroy();
  });

  test("is refused with `fetch` and outside Node, with what to do instead", () => {
    const agent = new http.Agent();
    expect(() => createPayConnect({ secretKey: SECRET, httpAgent: agent, fetch: globalThis.fetch })).toThrow(/httpAgent.*fetch/);
    expect(() => createWebClient({ secretKey: SECRET, httpAgent: agent })).toThrow(/httpAgent.*Node only.*fetch/);
  });
});
