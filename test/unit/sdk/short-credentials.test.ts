// A one-character credential ("e") is in every word of an error. It was scrubbed out of the error's own property
// names (`message` → `m[redacted]ssag[redacted]`, so name, code and requestId were lost) and out of the markers
// of earlier passes (a 4 MiB body ran the process out of memory). An access token that short is refused by the
// exchange now (long-credentials.test.ts); a secret key is the caller's own: with one, the SDK's error keeps its
// fields, and the text grows by at most the marker per character.
import { expect, test } from "vitest";
import { NotFoundError, createPayConnect } from "../../../src/entry/node.js";
import { REDACTED } from "../../../src/transport/scrub.js";
import { payment } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();

test.each(["e", "t", "o"])("a secret key %j: the error keeps its class and fields, its text is bounded, no credential is in it", async (token) => {
  const said = "No such payment. ".repeat(2_000);
  server.faults.push({ kind: "raw", status: 404, headers: { "content-type": "application/json", "x-request-id": "R_42" }, body: JSON.stringify({ error: { code: "not_found", message: said } }) });
  const pc = createPayConnect({ secretKey: token, baseUrl: server.baseUrl, maxRetries: 0 });
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
