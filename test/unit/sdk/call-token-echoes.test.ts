// The token a request carried is scrubbed from that call's error and log lines, however many newer tokens
// the client holds by the time the answer comes (the client remembers only a few for scrubbing). A real
// server on 127.0.0.1 that answers 401 to everything but one slow call, so each call makes a new token.
import { afterAll, beforeAll, expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { payment } from "../../helpers/fake-api.ts";
import { serveFetch } from "../../helpers/serve-fetch.ts";
import { everythingShown } from "../../helpers/shown.ts";

/** The token endpoint's answer issuing `token`. */
const tokenAnswer = (token: string) => Response.json({ access_token: token, token_type: "Bearer", expires_in: 86400, scope: "payments.read" });

/** A logging client's slow getPayment, answered (`release`) after five other calls each made it fetch a new token. */
async function slowCallAfterFiveRefreshes(options: Record<string, unknown>, minted: () => number, release: () => void) {
  const lines: string[] = [];
  const line = (message: string, fields?: unknown) => lines.push(message + JSON.stringify(fields));
  const pc = createPayConnect({ secretKey: "sk_test_calltoken", maxRetries: 0, logLevel: "debug", logger: { error: line, warn: line, info: line, debug: line }, ...options } as never);
  const slow = pc.getPayment(payment.id).catch((e: unknown) => e);
  for (let i = 0; i < 5; i++) await pc.getPayment("pay_other" + i).catch(() => undefined);
  expect(minted()).toBeGreaterThanOrEqual(6);
  release();
  return { error: await slow, lines: lines.join("\n") };
}

let issued = 0;
let release: () => void = () => {};
const released = new Promise<void>((resolve) => (release = resolve));
let server: Awaited<ReturnType<typeof serveFetch>>;
beforeAll(async () => {
  server = await serveFetch(async (request) => {
    if (new URL(request.url).pathname === "/v1/auth/token") {
      return tokenAnswer(`tok_abcdef_${++issued}_SECRET`);
    }
    const auth = request.headers.get("authorization") ?? "";
    if (request.url.includes(payment.id)) {
      await released;
      const message = `token ${auth.slice(7)} not allowed here`;
      return Response.json({ error: { code: "invalid_request", message } }, { status: 400, headers: { "x-request-id": `req ${auth}` } });
    }
    return Response.json({ error: { code: "unauthorized", message: "expired" } }, { status: 401 });
  });
});
afterAll(() => server.close());

test("a slow call's own token is scrubbed from its error and its log lines after five newer tokens", async () => {
  const { error, lines } = await slowCallAfterFiveRefreshes({ baseUrl: server.url }, () => issued, release);
  expect(error).toBeInstanceOf(PayConnectError);
  expect(everythingShown(error)).toMatch(/not allowed here/);
  expect(everythingShown(error)).not.toContain("tok_abcdef_1_SECRET");
  expect(lines).toMatch(/req \[redacted\]|\[redacted\]/);
  expect(lines).not.toContain("tok_abcdef_1_SECRET");
});

// The same, for an attempt that ends without an answer: a custom fetch (or a proxy's error) quoting the request it
// failed on, or an answer too large to read that echoes the token in a header.
test.each([
  ["a connection error quoting the request's Authorization", (auth: string) => Promise.reject(new TypeError(`fetch failed: upstream refused ${auth}`))],
  ["an answer over the size limit echoing it in a header", (auth: string) => Promise.resolve(new Response("", { status: 200, headers: { "content-length": String(64 * 1024 * 1024), "x-request-id": `req ${auth}` } }))],
])("%s: the slow call's own token is scrubbed from its error and log lines after five newer tokens", async (_name, answer) => {
  let minted = 0;
  let releaseSlow: () => void = () => {};
  const slowHeld = new Promise<void>((resolve) => (releaseSlow = resolve));
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const auth = new Headers(init?.headers).get("authorization") ?? "";
    if (url.endsWith("/v1/auth/token")) return tokenAnswer(`tok_fetchfail_${++minted}_SECRET`);
    if (url.includes(payment.id)) {
      await slowHeld;
      return answer(auth);
    }
    return Response.json({ error: { code: "unauthorized", message: "expired" } }, { status: 401 });
  };
  const { error, lines } = await slowCallAfterFiveRefreshes({ baseUrl: "https://api.example.test", fetch }, () => minted, releaseSlow);
  expect(error).toBeInstanceOf(PayConnectError);
  expect(everythingShown(error)).not.toContain("tok_fetchfail_1_SECRET");
  expect(lines).not.toContain("tok_fetchfail_1_SECRET");
});

test("a credential in a response header's name is scrubbed too (methods, withResponse, pc.raw), and the name stays a valid header name", async () => {
  const secretKey = "sk_test_headername_0123456789";
  let token = "";
  const fetch = async (input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith("/v1/auth/token")) return tokenAnswer((token = "tok_headername_0123456789_SECRET"));
    return Response.json(payment, { headers: { [`x-echo-${token}`]: "1", [`x-key-${secretKey}`]: "2", "x-request-id": "req_1" } });
  };
  const pc = createPayConnect({ secretKey, baseUrl: "https://api.example.test", fetch });
  const { response } = await pc.getPayment(payment.id).withResponse();
  const raw = await pc.raw.GET("/v1/payments/{payment_id}", { params: { path: { payment_id: payment.id } } });
  for (const names of [Object.keys(response.headers), [...raw.response.headers.keys()]]) {
    expect(names.join(" ")).not.toMatch(/0123456789/);
    expect(names).toContain("x-request-id");
    expect(names.filter((n) => n.includes("redacted"))).toHaveLength(2);
  }
});
