// A 3xx from the token exchange (a wrong baseUrl: http:// for https://, a load balancer, a captive portal) is
// an ApiError like any API call's 3xx, naming where it pointed; whatever its body says, it is never a token.
import { describe, expect, test } from "vitest";
import { ApiError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, payment, tokenReply } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();
const tokenBody = JSON.stringify((tokenReply("pat_from_a_redirect") as { body: unknown }).body);

describe.each([
  ["node:http transport", undefined],
  ["fetch transport", globalThis.fetch],
])("%s", (_name, fetchImpl) => {
  const client = () => createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });

  test.each<[string, Record<string, string>, () => string]>([
    // As for an API call (error-detail.ts): only a 3xx with a Location is described as a redirect.
    ["with a Location: names the host it pointed to", { location: "https://elsewhere.example:8443/v1/auth/token?x=1" }, () => "a redirect to elsewhere.example:8443; the PayConnect API never redirects"],
    ["without a Location: names where the request went", {}, () => `got HTTP 302 from ${server.baseUrl} without a PayConnect error body`],
  ])("a 302 with a token body %s, and is not taken as a token", async (_what, headers, said) => {
    server.tokenFaults.push({ kind: "raw", status: 302, headers: { "content-type": "application/json", ...headers }, body: tokenBody });
    const pc = client();
    try {
      const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 302 });
      expect((error as Error).message).toContain(said());
      expect((error as Error).message).toContain("(POST /v1/auth/token)");
      expect((error as Error).message).not.toContain("?x=1");
      expect((error as Error).message).not.toContain("pat_from_a_redirect");
      expect(server.tokenRequests).toHaveLength(1); // not retried: the same request gets the same answer
      expect(server.requests).toHaveLength(0); // no API call with a token a redirect handed out
    } finally {
      pc.close();
    }
  });
});
