// A server (or a proxy) that echoes the Authorization header in another spelling — JSON-escaped in the body
// (`\u005f`, `\/`), percent-encoded, or in a response header such as X-Request-Id or WWW-Authenticate — must
// not get the secret key or an access token into any error: message, fields, headers, util.inspect, JSON.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ApiError, PayConnectError, UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { type Reply, TOKEN, fakeApi, fakeTime, payment, tokenReply } from "../../helpers/fake-api.ts";
import { everythingShown } from "../../helpers/shown.ts";
import { serveFetch } from "../../helpers/serve-fetch.ts";

/** A key with every character JSON and URLs like to escape: `_`, `/`, `+`, `=`. */
const KEY = "sk_test_AbC/dEf+gH=iJ_42";


const escapeAll = (text: string) => text.replace(/[^a-z ]/gi, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
const escapeSlashes = (json: string) => json.replace(/\//g, "\\/");
const envelope = (message: string) => `{"error":{"code":"invalid_request","message":"${message}"}}`;

// [case, where the echo happens, the reply built from the Authorization value the server received]
const echoes: [string, "token" | "api", (auth: string) => Reply][] = [
  ["body, every non-letter as \\uXXXX", "token", (a) => ({ status: 400, raw: envelope(escapeAll(`bad key ${a}`)) })],
  ["body, `_` as \\u005f only", "token", (a) => ({ status: 400, raw: envelope(`bad key ${a.replace(/_/g, "\\u005f")}`) })],
  ["body, `/` as \\/ (PHP json_encode)", "token", (a) => ({ status: 400, raw: escapeSlashes(JSON.stringify({ error: { code: "x", message: `bad key ${a}` } })) })],
  ["body, access token \\u-escaped on an API call", "api", (a) => ({ status: 403, raw: envelope(escapeAll(`token ${a} lacks scope`)) })],
  ["problem+json detail, \\u-escaped", "api", (a) => ({ status: 400, raw: `{"title":"Bad","detail":"${escapeAll(a)}"}` })],
  ["sl-violations header, \\u-escaped", "api", (a) => ({ status: 422, raw: envelope("x"), headers: { "sl-violations": `[{"message":"${escapeAll(a)}"}]` } })],
  ["X-Request-Id header on the token call", "token", (a) => ({ status: 400, raw: envelope("x"), headers: { "x-request-id": a } })],
  ["X-Request-Id header on a 401 from the token call", "token", (a) => ({ status: 401, raw: envelope("x"), headers: { "x-request-id": a } })],
  ["WWW-Authenticate header on an API call", "api", (a) => ({ status: 500, raw: envelope("x"), headers: { "www-authenticate": `Bearer token="${a.slice(7)}"` } })],
  ["percent-encoded in a header", "api", (a) => ({ status: 400, raw: envelope("x"), headers: { "x-debug": encodeURIComponent(a) } })],
  ["X-Request-Id on a 2xx that is not JSON", "api", (a) => ({ status: 200, raw: "<html>", headers: { "x-request-id": a, "content-type": `text/html; ${a}` } })],
];

describe.each(echoes)("an echo of the credential: %s", (_name, where, reply) => {
  test("never reaches the error", async () => {
    const token = "pat_tok/en+abc_42==";
    const api = where === "token" ? fakeApi(() => ({ status: 200, body: payment }), (seen) => reply(seen.headers.authorization!)) : fakeApi((seen) => reply(seen.headers.authorization!), () => tokenReply(token));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: KEY, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 0 });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    const shown = everythingShown(error);
    const credential = where === "token" ? KEY : token;
    // Neither the credential nor a long enough piece of it to be useful.
    expect(shown).not.toContain(credential.slice(8, 16));
    expect(shown).toContain("[redacted]");
  });
});

test("the default test token (plain letters and `_`) is scrubbed in its \\u005f spelling too", async () => {
  const api = fakeApi((seen) => ({ status: 400, raw: envelope(seen.headers.authorization!.replace(/_/g, "\\u005f")) }));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: KEY, fetch: api.fetch, now: time.now, sleep: time.sleep });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect(everythingShown(error)).not.toContain(TOKEN);
  expect((error as Error).message).toContain("Bearer [redacted]");
});

// A typed method does not quote an error body that is not JSON, but pc.raw hands it over as `error`, and a
// 2xx page (a proxy's login page) is quoted in an API call's UnexpectedResponseError, never in the token exchange's.
describe.each([
  ["&amp; &lt; &gt;", (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")],
  ["&#38; &#60; &#62;", (s: string) => s.replace(/[<&>]/g, (c) => `&#${c.charCodeAt(0)};`)],
  ["&#X26; &#X3C; &#X3E;", (s: string) => s.replace(/[<&>]/g, (c) => `&#X${c.charCodeAt(0).toString(16).toUpperCase()};`)],
  ["&#x0026; &#x003c; &#x003e;", (s: string) => s.replace(/[<&>]/g, (c) => `&#x${c.charCodeAt(0).toString(16).padStart(4, "0")};`)],
])("a text/html page from a real server echoing a key with < and & as %s", (_name, escape) => {
  const key = "sk_test_a<b&c>d_9";
  const leaked = /a(<|&|&amp;|&lt;|&#)/i;
  let status = 401;
  let server: Awaited<ReturnType<typeof serveFetch>>;
  beforeAll(async () => {
    server = await serveFetch(async (request) => {
      const page = `<html><body><p>Unknown key: ${escape(request.headers.get("authorization") ?? "")}</p></body></html>`;
      return new Response(page, { status, headers: { "content-type": "text/html; charset=utf-8" } });
    });
  });
  afterAll(() => server.close());
  const client = () => createPayConnect({ secretKey: key, baseUrl: server.url, maxRetries: 0 });

  test("a 401 to pc.raw: the key is out of `error`", async () => {
    status = 401;
    const { error } = await (client().raw as any).POST("/v1/auth/token", { body: {} });
    expect(error).toBe("<html><body><p>Unknown key: Bearer [redacted]</p></body></html>");
  });

  // The token endpoint's answer is never quoted (it may hold an issued token no scrubber knows: token-answer-echo).
  test("a 200 to the token exchange: the page is named, not quoted, and the key is out of the UnexpectedResponseError", async () => {
    status = 200;
    const error = await client().getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/content type text\/html; charset=utf-8\) \(\d+ characters, not shown/);
    expect((error as Error).message).not.toContain("Unknown key");
    expect(everythingShown(error)).not.toMatch(leaked);
  });
});
