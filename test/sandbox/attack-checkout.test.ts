// The confirmation page against a careless or hostile browser or merchant.
import { expect, test } from "vitest";
import { TEST_CARDS } from "../../packages/sandbox/src/checkout/cards.ts";
import { requestExample } from "../helpers/spec-examples.ts";
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

// The spec's ReturnUrl is "format: uri", which any scheme satisfies; its description asks for https:// (http://
// for local testing). A real payment API refuses the rest at creation, so the page can never redirect to them.
test.each(["javascript:alert(document.cookie)", "JavaScript://%0Aalert(1)", "vbscript:msgbox(1)", "data:,hello", "file:///etc/passwd", "ftp://shop.example/x"])(
  "return_url %s is refused at creation (400 invalid_request on /return_url)",
  async (return_url) => {
    const token = await fetch(`${s.sandbox.url}/v1/auth/token`, {
      method: "POST",
      headers: { authorization: `Bearer ${s.sandbox.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify(requestExample("createAccessToken")),
    });
    const { access_token } = (await token.json()) as { access_token: string };
    const res = await fetch(`${s.sandbox.url}/v1/payments`, {
      method: "POST",
      headers: { authorization: `Bearer ${access_token}`, "content-type": "application/json" },
      body: JSON.stringify({ ...paymentBody(), return_url }),
    });
    const body = (await res.json()) as { id?: string; confirmation_url?: string; error?: { code: string; param?: string } };
    if (res.status === 201) {
      // Had it been created, paying must at least not send the customer there.
      const paid = await fetch(body.confirmation_url!, { method: "POST", redirect: "manual", body: new URLSearchParams({ card: SUCCEEDS }) });
      expect(paid.headers.get("location")).toBeNull();
    }
    expect([res.status, body.error?.code, body.error?.param]).toEqual([400, "invalid_request", "/return_url"]);
  },
);
