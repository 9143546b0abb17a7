// close() ends what is in flight: a call waiting on a response (or between retries) rejects at once with
// the "closed" error and is not retried, with either transport; nothing more reaches the server.
import { describe, expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../src/entry/node.js";
import { SECRET } from "../helpers/fake-api.ts";
import { useFaultServer } from "../helpers/use-fault-server.ts";
import { within } from "../helpers/within.ts";

const server = useFaultServer();


describe.each([
  ["node:http transport", undefined],
  ["fetch transport", globalThis.fetch],
])("%s", (_name, fetchImpl) => {
  const client = () => createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 2, sleep: async () => {}, ...(fetchImpl ? { fetch: fetchImpl } : {}) });

  test("a call waiting for its response rejects with the closed error, and is not retried", async () => {
    const pc = client();
    await pc.getPayment("pay_1"); // warm: token fetched, connection open
    server.requests.length = 0;
    server.faults.push({ kind: "hang" });
    const call = pc.getPayment("pay_1");
    await new Promise((r) => setTimeout(r, 100));
    pc.close();
    const outcome = await within(1000, call);
    expect(outcome).toBeInstanceOf(PayConnectError);
    expect((outcome as Error).message).toMatch(/closed with close\(\)/);
    await new Promise((r) => setTimeout(r, 100));
    expect(server.requests).toHaveLength(1);
  });

  test("a call waiting between retries rejects with the closed error", async () => {
    const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 2, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
    server.faults.push({ kind: "status", status: 503, code: "internal_error", headers: { "retry-after": "30" } });
    const call = pc.getPayment("pay_1");
    await new Promise((r) => setTimeout(r, 200));
    pc.close();
    const outcome = await within(1000, call);
    expect((outcome as Error).message).toMatch(/closed with close\(\)/);
    expect(server.requests).toHaveLength(1);
  });

  test("many concurrent calls on one client add no listener to anything shared (no MaxListenersExceededWarning)", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    const pc = client();
    try {
      await Promise.all(Array.from({ length: 50 }, () => pc.getPayment("pay_1")));
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
    } finally {
      process.off("warning", onWarning);
      pc.close();
    }
    expect(warnings).not.toContain("MaxListenersExceededWarning");
  });
});
