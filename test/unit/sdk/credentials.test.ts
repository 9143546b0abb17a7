// Credentials never leak: a key a header cannot carry is refused when the client is created, and a
// transport error that quotes the key or an access token is scrubbed before it reaches any SDK error.
import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { ConnectionError, PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, TOKEN, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

/** Everything a log line or a bug report could show of an error: message, stack, cause chain, inspect. */
function everythingShown(error: unknown): string {
  const parts: string[] = [inspect(error, { depth: 10 }), String(error)];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message, e.stack ?? "");
  return parts.join("\n");
}

describe("secretKey that a header cannot carry", () => {
  test.each([
    ["a line break inside", `${SECRET}\nX-Injected: 1`],
    ["a trailing newline (read from a file)", `${SECRET}\n`],
    ["a carriage return", `${SECRET}\r`],
    ["a NUL", `${SECRET}\u0000`],
    ["a tab", `\t${SECRET}`],
    ["a space inside", SECRET.replace("_", " ")],
    ["a DEL", `${SECRET}\u007f`],
    ["a non-ASCII letter", `${SECRET}й`],
  ])("%s is refused at createPayConnect, without echoing the key", (_name, key) => {
    const error = (() => {
      try {
        createPayConnect({ secretKey: key, fetch: fakeApi(() => ({ status: 200 })).fetch });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toMatch(/secretKey/);
    expect(everythingShown(error)).not.toContain(SECRET.slice(8));
  });
});

describe("transport errors are scrubbed of credentials", () => {
  // A fetch (a proxy agent, an instrumented fetch, undici's header check) that quotes the request it failed on.
  const quotingFetch = (status: "token" | "api") => {
    const api = fakeApi(() => ({ status: 200, body: payment }));
    const fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get("authorization") ?? "";
      const isToken = String(input).endsWith("/v1/auth/token");
      if ((status === "token") === isToken) {
        throw new TypeError(`invalid request: authorization "${auth}"`, {
          cause: Object.assign(new Error(`socket said ${auth.slice(7)}`), { code: "ERR_QUOTED" }),
        });
      }
      return api.fetch(input, init);
    };
    return fetch;
  };

  test.each([
    ["the secret key, on the token request", "token" as const, SECRET],
    ["the access token, on an API request", "api" as const, TOKEN],
  ])("%s", async (_name, where, credential) => {
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: quotingFetch(where), now: time.now, sleep: time.sleep });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    const shown = everythingShown(error);
    expect(shown).toContain("invalid request"); // the explanation survives…
    expect(shown).toContain("ERR_QUOTED");
    expect(shown).not.toContain(credential); // …the credential does not
    expect(shown).toContain("[redacted]");
  });
});

describe("API error bodies are scrubbed of credentials", () => {
  const echo = (credential: string) => ({
    status: 400,
    body: { error: { code: "invalid_request", message: `bad Authorization: Bearer ${credential}`, docs_url: "https://docs.payconnect.com/errors#invalid_request" } },
  });

  test.each([
    ["the secret key, echoed by the token endpoint", "token" as const, SECRET],
    ["the access token, echoed by an API endpoint", "api" as const, TOKEN],
  ])("%s", async (_name, where, credential) => {
    const api = where === "token" ? fakeApi(() => ({ status: 200, body: payment }), () => echo(SECRET)) : fakeApi(() => echo(TOKEN));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    expect(everythingShown(error)).not.toContain(credential);
    expect((error as Error).message).toContain("[redacted]");
  });
});
