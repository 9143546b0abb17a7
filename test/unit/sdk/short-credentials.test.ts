// A server chooses its token: a one-character one ("e", which the spec's pattern allows) is in every word of an
// error. It was scrubbed out of the error's own property names (`message` → `m[redacted]ssag[redacted]`, so
// name, code and requestId were lost) and out of the markers of earlier passes (a 4 MiB body ran the process out
// of memory). Now the SDK's error keeps its fields, and the text grows by at most the marker per character.
import { expect, test } from "vitest";
import { NotFoundError, createPayConnect } from "../../../src/entry/node.js";
import { REDACTED } from "../../../src/transport/scrub.js";
import { SECRET, payment, tokenReply } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();

test.each(["e", "t", "o"])("an access token %j: the error keeps its class and fields, its text is bounded, no credential is in it", async (token) => {
  const said = "No such payment. ".repeat(2_000);
  server.tokenFaults.push({ kind: "token", body: (tokenReply(token) as { body: unknown }).body });
  server.faults.push({ kind: "raw", status: 404, headers: { "content-type": "application/json", "x-request-id": "R_42" }, body: JSON.stringify({ error: { code: "not_found", message: said } }) });
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 0 });
  try {
    const error = (await pc.getPayment(payment.id).catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect([error.name, error.status, error.requestId]).toEqual(["NotFoundError", 404, "R_42"]);
    expect(Object.keys(error)).toEqual(expect.arrayContaining(["status", "code", "param", "docsUrl", "requestId", "headers", "details", "explanation"]));
    expect(error.message.length).toBeLessThanOrEqual((said.length + 200) * REDACTED.length);
    expect(error.message.replaceAll(REDACTED, "")).not.toContain(token);
  } finally {
    pc.close();
  }
});
