// Hostile servers for the conformance runner's attack tests: real node:http servers on 127.0.0.1 that answer as
// a test tells them to — alone, or in front of a real sandbox whose answers they may tamper with.
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Incoming {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Hostile {
  url: string;
  requests: Incoming[];
  close(): Promise<void>;
}

export type Handler = (req: Incoming, res: http.ServerResponse) => void | Promise<void>;

export async function hostileServer(handle: Handler): Promise<Hostile> {
  const requests: Incoming[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const incoming = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() };
      requests.push(incoming);
      void Promise.resolve(handle(incoming, res)).catch(() => req.socket.destroy());
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A server in front of `target` (a sandbox): each answer goes through `tamper` before it is sent back. */
export function proxyServer(target: string, tamper: (req: Incoming, up: Upstream) => Upstream): Promise<Hostile> {
  return hostileServer(async (req, res) => {
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== "host" && k !== "content-length").map(([k, v]) => [k, String(v)]));
    const r = await fetch(`${target}${req.url}`, { method: req.method, headers, ...(req.method === "GET" || req.method === "HEAD" ? {} : { body: req.body }), redirect: "manual" });
    const up: Upstream = { status: r.status, headers: Object.fromEntries([...r.headers].filter(([k]) => k !== "content-length" && k !== "transfer-encoding" && k !== "connection")), body: await r.text() };
    const out = tamper(req, up);
    res.writeHead(out.status, out.headers);
    res.end(out.body);
  });
}

/** A URL nothing listens on (a server started and closed again). */
export async function downUrl(): Promise<string> {
  const s = await hostileServer(() => undefined);
  await s.close();
  return s.url;
}
