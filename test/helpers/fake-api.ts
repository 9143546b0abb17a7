// An injected `fetch` that plays PayConnect: it records every request and answers from a script, so unit
// tests count requests exactly and run without sockets. The fault suite uses a real server instead.
import { responseExample } from "./spec-examples.ts";

export interface Seen {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** `raw` is sent as given (a non-JSON body); otherwise `body` is sent as JSON. */
export type Reply = { status: number; body?: unknown; raw?: string; headers?: Record<string, string> } | Error;
export type Handler = (req: Seen, index: number) => Reply | Promise<Reply>;

/** The access token of the spec's createAccessToken example. */
export const TOKEN: string = responseExample("createAccessToken").access_token;
export const SECRET = "sk_test_supersecret_9f8e7d6c5b4a";

/** The payment createPayment answers with in the spec's example. */
export const payment = responseExample("createPayment");

export function tokenReply(token = TOKEN, expiresIn?: number): Reply {
  const example = responseExample("createAccessToken");
  return { status: 200, body: { ...example, access_token: token, expires_in: expiresIn ?? example.expires_in } };
}

export function errorReply(status: number, code: string, headers: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { "x-request-id": `req_${status}`, ...headers },
    body: { error: { code, message: `${code} happened`, param: "/amount", docs_url: `https://docs.payconnect.com/errors#${code}` } },
  };
}

/** A fetch whose API calls go to `handler`; token requests are answered by `tokens` (default: always a token). */
export function fakeApi(handler: Handler, tokens: Handler = () => tokenReply()) {
  const requests: Seen[] = [];
  const tokenRequests: Seen[] = [];
  const apiRequests: Seen[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    const seen: Seen = { method: init?.method ?? "GET", path: url.pathname + url.search, headers, body: init?.body as string | undefined };
    requests.push(seen);
    const isToken = url.pathname.endsWith("/v1/auth/token");
    (isToken ? tokenRequests : apiRequests).push(seen);
    const signal = init?.signal;
    // Like a real fetch, an abort rejects at once even while the "server" is still thinking.
    const aborted = new Promise<never>((_, reject) => {
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
    const reply = await Promise.race([isToken ? tokens(seen, tokenRequests.length - 1) : handler(seen, apiRequests.length - 1), aborted]);
    if (reply instanceof Error) throw reply;
    const text = reply.raw ?? (reply.body === undefined ? null : JSON.stringify(reply.body));
    return new Response(text, {
      status: reply.status,
      headers: { "content-type": "application/json", ...reply.headers },
    });
  };
  return { fetch, requests, tokenRequests, apiRequests };
}

/** A controllable clock and a sleep that records delays and returns at once. */
export function fakeTime(start = Date.parse("2026-11-29T12:00:00Z")) {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
    sleeps,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}
