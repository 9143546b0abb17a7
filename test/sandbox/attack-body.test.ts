// Bodies a careless client sends: too large, not JSON, the wrong type. Each gets the error envelope, and the
// connection it came on stays usable or is closed in an orderly way: the client's next request must not fail.
import { expect, test } from "vitest";
import { errorStatus } from "../../generated/server-table.ts";
import { accessToken, paymentBody, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

test("a body over the limit is refused with the envelope, and the client's next requests still work", async () => {
  const token = await accessToken(s.sandbox);
  const huge = JSON.stringify({ ...paymentBody(), description: "x".repeat(4 * 1024 * 1024) });
  const refused = await fetch(`${s.sandbox.url}/v1/payments`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: huge });
  expect(refused.status).toBe(errorStatus.invalid_request);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
  for (let i = 0; i < 3; i++) {
    const next = await fetch(`${s.sandbox.url}/v1/payments?limit=1`, { headers: { authorization: `Bearer ${token}` } });
    expect(next.status).toBe(200);
  }
});

test("an oversized confirmation-page post does not break the browser's next request either", async () => {
  const p = await s.pc.createPayment(paymentBody());
  const refused = await fetch(p.confirmation_url!, { method: "POST", body: new URLSearchParams({ card: "x".repeat(1024 * 1024) }) });
  expect(refused.status).toBe(413);
  for (let i = 0; i < 3; i++) expect((await fetch(p.confirmation_url!)).status).toBe(200);
});
