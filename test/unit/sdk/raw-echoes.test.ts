// pc.raw over a real server on 127.0.0.1 that echoes the Authorization header it received into its answers.
// openapi-fetch parses what raw's fetch hands it, so the credentials must be out of an error body before
// that, and a 2xx that is not JSON must become an UnexpectedResponseError (as from the methods), not a bare
// SyntaxError quoting the body. A success body is the caller's data and is handed over as sent.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ApiError, UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { payment } from "../../helpers/fake-api.ts";
import { serveFetch } from "../../helpers/serve-fetch.ts";
import { everythingShown } from "../../helpers/shown.ts";

/** A key and a token with characters JSON and URLs like to escape. */
const KEY = "sk_test_AbC/dEf+gH=iJ_42";
const TOKEN = "pat_tok/en+abc_42==";

type Echo = (auth: string) => { status: number; type: string; body: string; headers?: Record<string, string> };
let echo: Echo = () => ({ status: 200, type: "application/json", body: JSON.stringify(payment) });
let server: Awaited<ReturnType<typeof serveFetch>>;

beforeAll(async () => {
  server = await serveFetch(async (request) => {
    const auth = request.headers.get("authorization") ?? "";
    if (new URL(request.url).pathname === "/v1/auth/token" && auth.includes(KEY) && !request.headers.has("x-echo")) {
      return Response.json({ access_token: TOKEN, token_type: "Bearer", expires_in: 86400, scope: "payments.read" });
    }
    const { status, type, body, headers } = echo(auth);
    return new Response(body, { status, headers: { "content-type": type, "x-request-id": "req_echo", ...headers } });
  });
});
afterAll(() => server.close());

const client = () => createPayConnect({ secretKey: KEY, baseUrl: server.url, maxRetries: 0 });
const getPayment = (pc: ReturnType<typeof client>, init: object = {}) =>
  (pc.raw as any).GET("/v1/payments/{payment_id}", { params: { path: { payment_id: payment.id } }, ...init });
const leaks = (shown: string, secret: string) => shown.includes(secret) || shown.includes(secret.slice(8, 16));

describe("pc.raw, a 2xx that is not JSON", () => {
  test("is an UnexpectedResponseError saying what arrived, without the token it echoed", async () => {
    echo = (auth) => ({ status: 200, type: "text/html", body: `<html><p>You sent ${auth}</p></html>` });
    const error = await getPayment(client()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 200, contentType: "text/html", requestId: "req_echo" });
    expect((error as Error).message).toContain("<html><p>You sent Bearer [redacted]</p></html>");
    expect((error as Error).message).toMatch(/pc\.raw GET \/v1\/payments\/\S+ answered 200 with a body that is not JSON \(content type text\/html\)/);
    expect(leaks(everythingShown(error), TOKEN)).toBe(false);
  });

  test("is handed over as sent when the caller asked for text", async () => {
    echo = () => ({ status: 200, type: "text/csv", body: "id,amount\npay_1,100\n" });
    const { data, error } = await getPayment(client(), { parseAs: "text" });
    expect(error).toBeUndefined();
    expect(data).toBe("id,amount\npay_1,100\n");
  });

  test("an empty one is still no data, as openapi-fetch has it", async () => {
    echo = () => ({ status: 200, type: "application/json", body: "" });
    const { data, error, response } = await getPayment(client());
    expect([data, error, response.status]).toEqual([undefined, undefined, 200]);
  });
});

describe("pc.raw, an error body that echoes a credential", () => {
  test("JSON: the access token is out of `error`, the rest of the body is kept", async () => {
    echo = (auth) => ({ status: 402, type: "application/json", body: JSON.stringify({ error: { code: "card_declined", message: `declined for ${auth}` } }) });
    const { error, response } = await getPayment(client());
    expect(response.status).toBe(402);
    expect(error).toEqual({ error: { code: "card_declined", message: "declined for Bearer [redacted]" } });
  });

  test("JSON with every non-letter \\u-escaped: still out", async () => {
    const escaped = (s: string) => s.replace(/[^a-z ]/gi, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    echo = (auth) => ({ status: 409, type: "application/json", body: `{"error":{"code":"conflict","message":"${escaped(auth)}"}}` });
    const { error } = await getPayment(client());
    expect(leaks(JSON.stringify(error), TOKEN)).toBe(false);
    expect((error as { error: { message: string } }).error.message).toContain("[redacted]");
  });

  test("the secret key echoed by the token endpoint, asked for through pc.raw", async () => {
    echo = (auth) => ({ status: 401, type: "application/json", body: JSON.stringify({ error: { code: "unauthorized", message: `unknown key ${auth}` } }) });
    const { error } = await (client().raw as any).POST("/v1/auth/token", { body: { grant_type: "client_credentials" }, headers: { "x-echo": "1" } });
    expect(error).toEqual({ error: { code: "unauthorized", message: "unknown key Bearer [redacted]" } });
  });

  test("not JSON, and in a response header: both out", async () => {
    echo = (auth) => ({ status: 502, type: "text/plain", body: `upstream refused ${auth}`, headers: { "x-debug": auth } });
    const { error, response } = await getPayment(client());
    expect(error).toBe("upstream refused Bearer [redacted]");
    expect(response.headers.get("x-debug")).toBe("Bearer [redacted]");
  });

  test.each(["text", "blob", "stream"] as const)("with parseAs %s: out too (openapi-fetch reads an error body as text whatever parseAs says)", async (parseAs) => {
    echo = (auth) => ({ status: 400, type: "text/plain", body: `bad ${auth}` });
    const { error } = await getPayment(client(), { parseAs });
    expect(error).toBe("bad Bearer [redacted]");
  });
});

test("pc.raw, a success body is the caller's data: the token exchange hands over its access token", async () => {
  const pc = client();
  echo = () => ({ status: 200, type: "application/json", body: JSON.stringify(payment) });
  await expect(getPayment(pc)).resolves.toMatchObject({ data: { id: payment.id } }); // the client's token is now known
  const { data } = await (pc.raw as any).POST("/v1/auth/token", { body: { grant_type: "client_credentials" } });
  expect(data).toMatchObject({ access_token: TOKEN });
});

describe("a success's response headers echoing a credential", () => {
  const debugHeader = (auth: string) => ({ status: 200, type: "application/json", body: JSON.stringify(payment), headers: { "x-debug-authorization": auth, "x-debug-escaped": encodeURIComponent(auth) } });

  test("pc.raw: the header values are scrubbed, the body is handed over as sent", async () => {
    echo = debugHeader;
    const { data, response } = await getPayment(client());
    expect(data).toEqual(payment);
    expect(response.headers.get("x-debug-authorization")).toBe("Bearer [redacted]");
    expect(leaks([...response.headers].join("\n"), TOKEN)).toBe(false);
  });

  test(".withResponse(): the header values are scrubbed", async () => {
    echo = debugHeader;
    const { data, response } = await client().getPayment(payment.id).withResponse();
    expect(data).toEqual(payment);
    expect(response.headers["x-debug-authorization"]).toBe("Bearer [redacted]");
    expect(leaks(JSON.stringify(response.headers), TOKEN)).toBe(false);
  });
});

test("pc.raw, a status the Fetch API cannot hold (600): the methods' ApiError, scrubbed, not a bare RangeError", async () => {
  const { startFaultServer } = await import("../../helpers/fault-server.ts");
  const faults = await startFaultServer();
  try {
    faults.faults.push({ kind: "raw", status: 600, headers: { "content-type": "application/json", "x-request-id": "req_600" }, body: JSON.stringify({ error: { code: "internal_error", message: "token pat_srv_abcdefg_0 broke" } }) });
    const pc = createPayConnect({ secretKey: KEY, baseUrl: faults.baseUrl, maxRetries: 0 });
    const error = await (pc.raw as any).GET("/v1/payments/{payment_id}", { params: { path: { payment_id: payment.id } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 600, requestId: "req_600" });
    expect(everythingShown(error)).not.toContain("pat_srv_abcdefg_0");
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
  } finally {
    await faults.close();
  }
});
