// The confirmation page against a careless or hostile browser or merchant.
import { expect, test } from "vitest";
import { TEST_CARDS } from "../../packages/sandbox/src/checkout/cards.ts";
import { paymentBody, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();
const SUCCEEDS = TEST_CARDS.find((c) => c.outcome === "succeeded")!.number;

test("an oversized form post is refused with a page (413) and leaves the payment pending", async () => {
  const p = await s.pc.createPayment(paymentBody());
  const body = new URLSearchParams({ card: SUCCEEDS, filler: "x".repeat(256 * 1024) });
  const res = await fetch(p.confirmation_url!, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body });
  expect(res.status).toBe(413);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  expect(await res.text()).toMatch(/too large/i);
  expect((await s.pc.getPayment(p.id)).status).toBe("pending");
});
