// Hostile servers for the conformance runner's attack tests: real node:http servers on 127.0.0.1 that answer as
// a test tells them to — alone, or in front of a real sandbox whose answers they may tamper with.
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { join } from "node:path";
import { parse } from "yaml";
import { runConformance } from "../../../packages/sandbox/src/index.ts";
import { loadConformanceSpec } from "../../../packages/sandbox/src/conformance/spec.ts";
import { root } from "../../helpers/paths.ts";
import { within } from "../../helpers/within.ts";

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

// What the runner needs of any server before it gets to the point of a test.
export const tokenPath = loadConformanceSpec().operations.find((o) => o.security.includes("secretKey"))!.path;
export const secretKey = "sk_test_robustness1";
/** A case that sends one GET with the access token (to a route the spec does not have). */
export const oneRequest = "cross-cutting/unknown-route";

/** Issues tokens like a PayConnect server; every other request goes to `api`. */
export const withTokens = (api: Handler): Handler => (req, res) => {
  if (req.url === tokenPath) {
    res.writeHead(200, { "content-type": "application/json" });
    return void res.end(JSON.stringify({ access_token: "at_hostile_1", token_type: "Bearer", expires_in: 3600 }));
  }
  return api(req, res);
};
export const isProbe = (req: Incoming) => req.url.startsWith("/_sandbox/");
/** A /_sandbox/status body as controls.yaml documents it (every required field), so the runner takes the server for a sandbox. */
const statusSchema = (parse(readFileSync(join(root, "packages/sandbox/controls.yaml"), "utf8")) as any).paths["/_sandbox/status"].get.responses["200"].content["application/json"].schema;
export const sandboxStatus = Object.fromEntries((statusSchema.required as string[]).map((k) => [k, null]));

export async function outcome(baseUrl: string, options: { timeoutMs?: number; replay?: string } = {}, ms = 8_000) {
  const run = runConformance({ baseUrl, secretKey, seed: 1, rateLimit: false, ...options });
  const settled = await within(ms, run);
  const report = settled === "resolved" ? await run : undefined;
  // A run that had to stop returns its report with `stopped` (and ok false); one that could not start throws.
  return { settled, report, stop: settled instanceof Error ? settled.message : report?.stopped };
}
