// Credentials of any length a header can carry, from a real server on 127.0.0.1. The spec caps an access
// token (AccessToken.access_token maxLength): a longer one is refused by the exchange without being quoted.
// The secret key is the caller's and has no cap: scrubbing it never throws, so no error or log line
// carries it and no background refresh ends the process.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PayConnectError, UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { specDocument } from "../../../generated/spec-document.js";
import { payment } from "../../helpers/fake-api.ts";
import { serveFetch } from "../../helpers/serve-fetch.ts";
import { everythingShown } from "../../helpers/shown.ts";

const spec = specDocument as { components: { schemas: { AccessToken: { properties: { access_token: { minLength: number; maxLength: number } } } } } };
const { minLength: MIN, maxLength: MAX } = spec.components.schemas.AccessToken.properties.access_token;

let issue: () => Response = () => Response.json({ access_token: "pat_short_abcdefg", token_type: "Bearer", expires_in: 86400, scope: "payments.read" });
let answer: (auth: string) => Response = () => Response.json(payment);
let server: Awaited<ReturnType<typeof serveFetch>>;
beforeAll(async () => {
  server = await serveFetch(async (request) => {
    const auth = request.headers.get("authorization") ?? "";
    if (new URL(request.url).pathname === "/v1/auth/token") return issue();
    return answer(auth);
  });
});
afterAll(() => server.close());

const tokenOf = (access_token: string) => () => Response.json({ access_token, token_type: "Bearer", expires_in: 86400, scope: "payments.read" });
const echo = (status: number) => (auth: string) => Response.json({ error: { code: "invalid_request", message: `you sent ${auth}` } }, { status });

// A server's one-character token ("e") is in every word of every error: each scrubbed to "[redacted]", a 15 MiB
// answer became 150 Mi characters and a 24 s stall. The spec's minLength keeps tokens apart from text.
describe("an access token shorter than the spec allows", () => {
  test("minLength − 1 characters is refused by the exchange, not quoted, nothing sent with it; exactly minLength is used", async () => {
    let sent = 0;
    answer = () => (sent++, Response.json(payment));
    issue = tokenOf("e".repeat(MIN - 1));
    const error = await createPayConnect({ secretKey: "sk_test_short1", baseUrl: server.url, maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(new RegExp(`access_token of ${MIN - 1} characters, fewer than the API's ${MIN}`));
    expect(sent).toBe(0);
    issue = tokenOf("e".repeat(MIN));
    await expect(createPayConnect({ secretKey: "sk_test_short1", baseUrl: server.url }).getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
  });

  test("the spec asks for more than a few characters", () => {
    expect(MIN).toBeGreaterThanOrEqual(16);
  });
});

describe("an access token longer than the spec allows", () => {
  test("the attacker's 12 002-character token: refused by the exchange, not quoted, nothing sent with it", async () => {
    const token = "tok_" + "Zq7".repeat(4000);
    issue = tokenOf(token);
    let sent = 0;
    answer = (auth) => (sent++, echo(500)(auth));
    const error = await createPayConnect({ secretKey: "sk_test_long1", baseUrl: server.url, maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toMatch(/access_token/);
    expect(everythingShown(error)).not.toContain("Zq7Zq7");
    expect(sent).toBe(0);
  });

  test(`maxLength + 1 characters is refused; exactly maxLength is used`, async () => {
    answer = () => Response.json(payment);
    issue = tokenOf("t".repeat(MAX + 1));
    await expect(createPayConnect({ secretKey: "sk_test_long2", baseUrl: server.url }).getPayment(payment.id)).rejects.toBeInstanceOf(UnexpectedResponseError);
    issue = tokenOf("t".repeat(MAX));
    await expect(createPayConnect({ secretKey: "sk_test_long2", baseUrl: server.url }).getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
  });

  test("a spec-valid token of maxLength characters echoed by the API is redacted", async () => {
    const token = "a".repeat(MAX - 1) + "b";
    issue = tokenOf(token);
    answer = (auth) => new Response(JSON.stringify({ error: { code: "invalid_request", message: `${"a".repeat(8192)} ${auth} ${"a".repeat(8192)}` } }), { status: 400, headers: { "x-debug": auth } });
    const error = await createPayConnect({ secretKey: "sk_test_long3", baseUrl: server.url, maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(everythingShown(error)).not.toContain("ab");
  });
});

describe("a secret key of any length", () => {
  const key = "sk_test_" + "Kx9".repeat(4000);

  test("echoed by the token endpoint: a PayConnectError without the key, not a SyntaxError quoting it", async () => {
    issue = () => Response.json({ error: { code: "invalid_request", message: `bad key ${key}` } }, { status: 400 });
    const error = await createPayConnect({ secretKey: key, baseUrl: server.url, maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect(everythingShown(error)).not.toContain("Kx9Kx9");
  });

  test("a background refresh that fails is logged without the key, and nothing escapes as an unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      let now = Date.parse("2026-11-29T12:00:00Z");
      let tokens = 0;
      issue = () => (tokens++ === 0 ? tokenOf("pat_first_abcdefg")() : Response.json({ error: { code: "internal_error", message: `refresh for ${key} failed` } }, { status: 500 }));
      answer = () => Response.json(payment);
      const lines: string[] = [];
      const line = (message: string, fields?: unknown) => lines.push(message + JSON.stringify(fields));
      const pc = createPayConnect({ secretKey: key, baseUrl: server.url, maxRetries: 0, now: () => now, logLevel: "warn", logger: { error: line, warn: line, info: line, debug: line } });
      await pc.getPayment(payment.id);
      now += 86_400_000 - 60_000; // inside the refresh margin: the refresh runs behind the call
      await pc.getPayment(payment.id);
      for (let i = 0; i < 200 && lines.length === 0 && unhandled.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
      expect(lines.join("\n")).toMatch(/refreshing the access token before it expires failed/);
      expect(lines.join("\n")).not.toContain("Kx9Kx9");
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
