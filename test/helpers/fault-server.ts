// A real node:http server on 127.0.0.1 that plays PayConnect and injects faults on demand: each API
// request takes the next fault from a queue (then answers normally: the spec's payment example, or for a
// paginated operation a one-page list of it).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { operations } from "../../generated/operations.ts";
import { payment } from "./fake-api.ts";

/** The paths of the paginated GET operations, as patterns over the request's path. */
const listPaths = Object.values(operations)
  .filter((op) => op.paginated && op.method === "get")
  .map((op) => new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`));

export type Fault =
  | { kind: "status"; status: number; code: string; headers?: Record<string, string> }
  | { kind: "reset" } // destroy the socket without answering
  | { kind: "hang" } // never answer
  | { kind: "unauthorized-token"; token: string } // 401 when this token is used
  | { kind: "raw"; status: number; headers: Record<string, string>; body: string | Buffer } // any bytes at all
  | { kind: "token"; body: unknown }; // a 200 from the token endpoint with this JSON body

export interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export async function startFaultServer() {
  const faults: Fault[] = [];
  /** Faults for POST /v1/auth/token, taken one per token request. */
  const tokenFaults: Fault[] = [];
  const requests: Recorded[] = [];
  const tokenRequests: Recorded[] = [];
  const revoked = new Set<string>();
  let tokenCounter = 0;
  const sockets = new Set<import("node:net").Socket>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const rec: Recorded = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() };
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", "x-request-id": `req_${requests.length}`, ...headers });
        res.end(JSON.stringify(body));
      };
      const answer = (fault: Fault | undefined): boolean => {
        if (fault?.kind === "reset") req.socket.destroy();
        else if (fault?.kind === "hang") void 0;
        else if (fault?.kind === "raw") {
          res.writeHead(fault.status, fault.headers);
          res.end(fault.body);
        } else if (fault?.kind === "status") {
          json(fault.status, { error: { code: fault.code, message: `${fault.code}`, docs_url: `https://docs.payconnect.com/errors#${fault.code}` } }, fault.headers);
        } else if (fault?.kind === "token") json(200, fault.body);
        else return false;
        return true;
      };
      if (req.url === "/v1/auth/token") {
        tokenRequests.push(rec);
        if (answer(tokenFaults.shift())) return;
        return json(200, { access_token: `pat_srv_abcdefg_${tokenCounter++}`, token_type: "Bearer", expires_in: 86400, scope: "payments.read payments.write" });
      }
      requests.push(rec);
      const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
      if (revoked.has(token)) return json(401, { error: { code: "unauthorized", message: "token revoked", docs_url: "https://docs.payconnect.com/errors#unauthorized" } });
      const fault = faults.shift();
      if (fault?.kind === "unauthorized-token") {
        revoked.add(fault.token);
        if (token === fault.token) return json(401, { error: { code: "unauthorized", message: "token revoked", docs_url: "https://docs.payconnect.com/errors#unauthorized" } });
      }
      if (answer(fault)) return;
      const path = new URL(req.url!, "http://x").pathname;
      if (req.method === "GET" && listPaths.some((p) => p.test(path))) return json(200, { object: "list", data: [payment], has_more: false });
      json(req.method === "POST" ? 201 : 200, payment);
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    faults,
    tokenFaults,
    requests,
    /** Connections the server holds open right now (keep-alive sockets included). */
    openConnections: () => sockets.size,
    tokenRequests,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
