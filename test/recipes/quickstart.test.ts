// examples/quickstart.ts runs as written: against a local server speaking the API (the requests it sends), and
// against the sandbox (the guide's real flow: create with return_url, pay, run again with the id → refund).
import { afterAll, beforeAll, expect, test } from "vitest";
import { TEST_CARDS } from "../../packages/sandbox/src/checkout/cards.ts";
import { startSandbox } from "../../packages/sandbox/src/index.ts";
import { payment } from "../helpers/fake-api.ts";
import { startFaultServer } from "../helpers/fault-server.ts";
import { createdPayment, runQuickstart } from "../helpers/run-quickstart.ts";

let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

test("examples/quickstart.ts creates a payment with return_url, reads it back, and refunds nothing while it is pending", async () => {
  const returnUrl = "https://shop.example/orders/77/thanks";
  const run = await runQuickstart({ PAYCONNECT_SECRET_KEY: "sk_test_quickstart", PAYCONNECT_BASE_URL: server.baseUrl, PAYCONNECT_RETURN_URL: returnUrl });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`created ${payment.id} (${payment.status}); send the customer to ${payment.confirmation_url}`);
  expect(server.tokenRequests).toHaveLength(1);
  // The server answers every request with the spec's pending payment, so the refund must not be attempted.
  expect(server.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual(["POST /v1/payments", `GET /v1/payments/${payment.id}`, "GET /v1/payments"]);
  expect(JSON.parse(server.requests[0]!.body).return_url).toBe(returnUrl);
});

test("against the sandbox: the payment waits for the customer, and once paid the second run refunds half of it", async () => {
  const sandbox = await startSandbox({ port: 0 });
  try {
    const env = { PAYCONNECT_SECRET_KEY: sandbox.secretKey, PAYCONNECT_BASE_URL: sandbox.url, PAYCONNECT_RETURN_URL: "http://127.0.0.1:9/thanks" };
    const first = await runQuickstart(env);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const { id, confirmationUrl: url } = createdPayment(first.stdout);
    expect(url).toBe(`${sandbox.url}/checkout/${id}`);
    expect(first.stdout).toContain(`not paid yet: once the customer has paid, run  npx tsx examples/quickstart.ts ${id}`);

    // The customer pays on the confirmation page (a plain form post); the sandbox sends them to return_url.
    const paid = await fetch(url, { method: "POST", body: new URLSearchParams({ card: TEST_CARDS.find((c) => c.outcome === "succeeded")!.number }), redirect: "manual" });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(env.PAYCONNECT_RETURN_URL);

    const second = await runQuickstart(env, [id]);
    expect(second.stderr).toBe("");
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("status now: succeeded");
    expect(second.stdout).toMatch(/refund re_\S+: 500 RUB \(succeeded\)/);
    expect(second.stdout).toContain(`recent: ${id} 1000 RUB partially_refunded`);
  } finally {
    await sandbox.close();
  }
});
