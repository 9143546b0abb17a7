// The response size limit's edge over real sockets, with both transports: a body of exactly
// MAX_RESPONSE_BYTES, with or without a Content-Length, is read; one byte more is refused (hardening.test.ts).
// Written against mutants a Stryker run of src/ left alive.
import { describe, expect, test } from "vitest";
import { createPayConnect } from "../../src/entry/node.js";
import { MAX_RESPONSE_BYTES } from "../../src/transport/limits.js";
import { SECRET, payment } from "../helpers/fake-api.ts";
import { useFaultServer } from "../helpers/use-fault-server.ts";

describe.each([
  ["node:http transport", undefined],
  ["fetch transport", globalThis.fetch],
])("%s", (_name, fetchImpl) => {
  const server = useFaultServer();

  test.each([
    ["with a Content-Length", { "content-length": String(MAX_RESPONSE_BYTES) }],
    ["chunked", {}],
  ])("a body of exactly the limit (%s) is read whole", async (_how, headers) => {
    // A JSON string of exactly MAX_RESPONSE_BYTES bytes: a quote, spaces, a quote.
    const body = Buffer.alloc(MAX_RESPONSE_BYTES, 0x20);
    body[0] = 0x22;
    body[MAX_RESPONSE_BYTES - 1] = 0x22;
    server.faults.push({ kind: "raw", status: 200, headers: { "content-type": "application/json", ...headers }, body });
    const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 0, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
    const result = await pc.getPayment(payment.id);
    pc.close();
    expect((result as unknown as string).length).toBe(MAX_RESPONSE_BYTES - 2);
  });
});
