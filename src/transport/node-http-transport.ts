// Transport over node:http / node:https with keep-alive agents owned by one client — the per-call floor
// on Node (~90 µs per JSON POST on loopback, against ~300 µs for global fetch). `close()` destroys the
// agents, so a short-lived client leaves no socket open. A caller's agent (`httpAgent`, e.g. a proxy
// agent) replaces both and stays the caller's: close() leaves it alone.
import type * as Http from "node:http";
import type * as Https from "node:https";
import { MAX_RESPONSE_BYTES } from "./limits.js";
import { tooLarge } from "./too-large.js";
import type { Transport } from "./types.js";

// Stateless when not streaming: one serves every response.
const decoder = new TextDecoder();

// node:http and node:https are loaded for the first request, not when the package is imported (~4 ms of a cold
// start), synchronously through process.getBuiltinModule (Node ≥ 20.16, Bun, Deno): no import.meta, which a
// CommonJS bundle of an app (esbuild, webpack, Jest's transform) loses.
let loaded: { http: typeof Http; https: typeof Https } | undefined;
const modules = () => (loaded ??= { http: process.getBuiltinModule("node:http"), https: process.getBuiltinModule("node:https") });

export function nodeHttpTransport({ httpAgent }: { httpAgent?: object | undefined } = {}): Transport {
  // One agent pair per client instance, made on its first request: connections are reused across calls, never
  // shared across clients.
  let agents: Record<string, Http.Agent | undefined> | undefined;
  const agentsOf = () =>
    (agents ??= httpAgent
      ? { "http:": httpAgent as Http.Agent, "https:": httpAgent as Http.Agent }
      : { "http:": new (modules().http.Agent)({ keepAlive: true }), "https:": new (modules().https.Agent)({ keepAlive: true }) });
  const send: Transport = ({ method, url, headers, body, abort }) =>
    new Promise((resolve, reject) => {
      if (abort.aborted) return reject(abort.reason);
      const target = new URL(url);
      const agent = agentsOf()[target.protocol];
      if (!agent) {
        reject(new TypeError(`unsupported protocol ${target.protocol} in baseUrl; use https:// (or http:// for a local mock)`));
        return;
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: the agent decides the protocol (http.request with an https.Agent speaks TLS; with an http.Agent, https.request speaks plain HTTP)
      const request = target.protocol === "https:" ? modules().https.request : modules().http.request;
      // req.end(body) with the whole body sets Content-Length itself (no chunked encoding).
      // No decompression here (fetch has it): ask for the body as it is, or a proxy may gzip it (no Accept-Encoding
      // allows any coding). A caller's own Accept-Encoding is sent as given.
      const sent = "accept-encoding" in headers ? headers : { ...headers, "accept-encoding": "identity" };
      const req = request(target, { method, headers: sent, agent }, (res) => {
        const out: Record<string, string> = {};
        // Node gives a string per header, an array for set-cookie; never undefined.
        for (const [name, value] of Object.entries(res.headers)) out[name] = Array.isArray(value) ? value.join(", ") : value!;
        const status = res.statusCode ?? 0;
        const overLimit = () => {
          req.destroy(); // the rest is never read; the socket is not reused
          reject(tooLarge(method, url, status, out));
        };
        if (Number(out["content-length"]) > MAX_RESPONSE_BYTES) return overLimit();
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) overLimit();
          else chunks.push(chunk);
        });
        // Stryker disable next-line StringLiteral: a safety net; Node 20 reports a body cut off by the server as "aborted" (below), and no test can make the response emit "error" alone
        res.on("error", reject);
        res.on("aborted", () => reject(new Error("the server closed the connection mid-response")));
        // TextDecoder, as fetch reads a body: one leading byte order mark dropped (Buffer#toString kept it).
        res.on("end", () => {
          stop();
          resolve({ status, headers: out, body: decoder.decode(Buffer.concat(chunks)) });
        });
      });
      // The abort is followed by hand, not passed as `signal` (Node's signal handling costs ~20 µs a call). Its
      // reason is the error, as with fetch; destroying the request frees the socket. Dropped once the request is over.
      const stop = abort.on((reason) => {
        reject(reason);
        req.destroy();
      });
      req.once("close", stop);
      req.on("error", reject);
      // A 101 (a WebSocket proxy in the way) gets no response callback and no error: without this, no event at all.
      req.on("upgrade", (_res, socket) => {
        socket.destroy();
        reject(new Error("the server answered 101 Switching Protocols; the PayConnect API never switches protocols"));
      });
      req.end(body);
    });
  send.close = () => {
    if (!httpAgent) for (const agent of Object.values(agents ?? {})) agent?.destroy();
  };
  return send;
}
