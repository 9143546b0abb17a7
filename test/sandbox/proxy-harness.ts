// Traffic through Prism's validation proxy, observed: every exchange is logged with the operation it hit, its
// status and error code, and what Prism said about it. How Prism reports (scripts/lib/prism.ts): violations
// are listed in the `sl-violations` header; with --errors a response violation becomes Prism's own 500
// application/problem+json, and a request Prism rejects is answered by Prism (never forwarded). So an answer
// is violation-free when no `sl-violations` entry is about the response and Prism did not answer itself.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { matchRoute } from "../../packages/sandbox/src/http/routes.ts";

export interface PrismViolation {
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

export interface Exchange {
  via: string;
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
  code: string | undefined;
  /** Problems with the sandbox's answer: response violations, or Prism answering in its place. */
  violations: unknown[];
  /** What Prism found wrong with the request (only a proxy that forwards invalid requests lets them through). */
  requestViolations: PrismViolation[];
  /** Response header names, lower-case. */
  headers: string[];
}

/** Rewrites a request before it is sent (the URL and the fetch init), e.g. to swap ids or credentials. */
export type Tamper = (url: string, init: RequestInit) => [string, RequestInit];

export function violationsOf(res: Response, body: unknown): { response: unknown[]; request: PrismViolation[] } {
  const header = res.headers.get("sl-violations");
  let listed: PrismViolation[] = [];
  if (header !== null) {
    try {
      listed = JSON.parse(header) as PrismViolation[];
    } catch {
      return { response: [header], request: [] }; // "Too many violations! …": unreadable, so counted as one
    }
  }
  const response: unknown[] = listed.filter((v) => v.location[0] !== "request");
  if (/problem\+json/.test(res.headers.get("content-type") ?? "")) response.push({ prismAnswered: body });
  return { response, request: listed.filter((v) => v.location[0] === "request") };
}

/** A fetch that sends through `tamper()` and logs each exchange into `log`. */
export function observedFetch(log: Exchange[], via: string, tamper: () => Tamper | undefined): typeof fetch {
  return async (input, init) => {
    let url = input instanceof Request ? input.url : String(input);
    let options: RequestInit = { ...init };
    const t = tamper();
    if (t !== undefined) [url, options] = t(url, options);
    const res = await fetch(url, options);
    const text = await res.clone().text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: kept as text */
    }
    const { pathname } = new URL(url);
    const method = (options.method ?? "GET").toUpperCase();
    const found = violationsOf(res, body);
    log.push({
      via,
      method,
      path: pathname,
      operationId: matchRoute(method, pathname)?.operationId,
      status: res.status,
      code: (body as { error?: { code?: string } } | null)?.error?.code,
      violations: found.response,
      requestViolations: found.request,
      headers: [...res.headers.keys()],
    });
    return res;
  };
}

/** Replaces the Authorization header of a request. */
export function withAuthorization(init: RequestInit, value: string | undefined): RequestInit {
  const headers = new Headers(init.headers);
  if (value === undefined) headers.delete("authorization");
  else headers.set("authorization", value);
  return { ...init, headers };
}

/**
 * A relay in front of a server that can be told to answer with a body that breaks the spec, so a test can
 * show that the proxy really catches a violation (a check that cannot fail proves nothing).
 */
export async function startRelay(target: string): Promise<{ url: string; breakNext(body: unknown): void; close(): Promise<void> }> {
  let broken: unknown;
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (broken !== undefined) {
      const text = JSON.stringify(broken);
      broken = undefined;
      res.writeHead(200, { "content-type": "application/json" }).end(text);
      return;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !["host", "connection", "content-length"].includes(k))) as Record<string, string>;
    const upstream = await fetch(target + req.url, { method: req.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
    const out = Buffer.from(await upstream.arrayBuffer());
    const back: Record<string, string> = {};
    upstream.headers.forEach((v, k) => {
      if (!["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"].includes(k)) back[k] = v;
    });
    res.writeHead(upstream.status, back).end(out);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    breakNext: (body) => void (broken = body),
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
