// A JSON answer that starts with a UTF-8 byte order mark (some Windows stacks and proxies add one) reads the same
// on both transports: fetch's TextDecoder drops the mark, and so does the node:http transport, which kept it and
// made the same answer an UnexpectedResponseError (trial round 5).
import { describe, expect, test } from "vitest";
import { createPayConnect } from "../../src/entry/node.js";
import { SECRET, payment } from "../helpers/fake-api.ts";
import { useFaultServer } from "../helpers/use-fault-server.ts";

describe.each([
  ["node:http transport", undefined],
  ["fetch transport", globalThis.fetch],
])("%s", (_name, fetchImpl) => {
  const server = useFaultServer();

  test("a JSON body after a BOM is the method's result", async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(payment))]);
    server.faults.push({ kind: "raw", status: 200, headers: { "content-type": "application/json" }, body });
    const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 0, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
    const result = await pc.getPayment(payment.id);
    pc.close();
    expect(result).toEqual(payment);
  });

  test("only one leading mark is dropped: a second is part of the body", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    server.faults.push({ kind: "raw", status: 200, headers: { "content-type": "application/json" }, body: Buffer.concat([bom, bom, Buffer.from("{}")]) });
    const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 0, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
    await expect(pc.getPayment(payment.id)).rejects.toThrow(/not JSON/);
    pc.close();
  });
});
