// The entry for Bun, Deno, Workers and browsers, run under Node against a real server: its default transport
// is the global fetch, it names its platform in X-PayConnect-Client, and it refuses httpAgent (Node only).
// The runtime suites (test/runtimes) run it where it belongs, in child processes Stryker cannot see into.
import { expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../src/entry/web.js";
import { SECRET, payment } from "../helpers/fake-api.ts";
import { useFaultServer } from "../helpers/use-fault-server.ts";

const server = useFaultServer();

test("without a fetch option it sends through the global fetch and says it is the web build", async () => {
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl });
  await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
  expect(server.requests).toHaveLength(1);
  expect(String(server.requests[0]!.headers["x-payconnect-client"])).toMatch(/\(web\)$/);
});

test("httpAgent is refused with a hint to pass a fetch", () => {
  expect(() => createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, httpAgent: { addRequest() {} } })).toThrow(PayConnectError);
  expect(() => createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, httpAgent: { addRequest() {} } })).toThrow(/fetch/);
});
