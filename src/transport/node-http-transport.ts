// Transport over node:http / node:https with a keep-alive agent per client — the per-call floor on Node
// (DESIGN.md: ~90 µs per JSON POST on loopback, against ~300 µs for global fetch).
import http from "node:http";
import https from "node:https";
import type { Transport } from "./types.js";

export function nodeHttpTransport(): Transport {
  // One agent pair per client instance: connections are reused across calls, never shared across clients.
  const agents = {
    "http:": new http.Agent({ keepAlive: true }),
    "https:": new https.Agent({ keepAlive: true }),
  };
  return ({ method, url, headers, body, signal }) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const agent = agents[target.protocol as keyof typeof agents];
      if (!agent) {
        reject(new TypeError(`unsupported protocol ${target.protocol} in baseUrl; use https:// (or http:// for a local mock)`));
        return;
      }
      const send = target.protocol === "https:" ? https.request : http.request;
      const outgoing = { ...headers };
      if (body !== undefined) outgoing["content-length"] = String(Buffer.byteLength(body));
      const req = send(target, { method, headers: outgoing, agent, signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("aborted", () => reject(new Error("the server closed the connection mid-response")));
        res.on("end", () => {
          const out: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({ status: res.statusCode ?? 0, headers: out, body: Buffer.concat(chunks).toString("utf8") });
        });
      });
      req.on("error", reject);
      req.end(body);
    });
}
