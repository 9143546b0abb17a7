// The hosted confirmation page over plain HTTP (the browser flow is in test/e2e/sandbox-flow.test.ts):
// a test card completes the payment and the customer is sent to return_url.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { enums } from "../../generated/server-table.ts";
import { TEST_CARDS } from "../../packages/sandbox/src/checkout/cards.ts";
import { ValidationError } from "../../src/entry/node.ts";
import { root } from "../helpers/paths.ts";
import { paymentBody, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

const pay = (url: string, card: string) =>
  fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ card }) });

test("there is one test card that pays and one per failure code the spec lists", () => {
  expect(new Set(TEST_CARDS.map((c) => c.outcome))).toEqual(new Set(["succeeded", ...enums.PaymentFailureCode!]));
  expect(new Set(TEST_CARDS.map((c) => c.number)).size).toBe(TEST_CARDS.length);
});

test("the page shows the amount, description and a card form, and needs no script", async () => {
  const p = await s.pc.createPayment({ ...paymentBody(), description: "Order <b>#1</b>" });
  const res = await fetch(p.confirmation_url!);
  const html = await res.text();
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
  expect(html).toContain("Order &lt;b&gt;#1&lt;/b&gt;");
  expect(html).not.toMatch(/<script/i);
  expect(html).toMatch(/<form method="post"/);
  expect(html).toContain('name="viewport"');
});

test("each test card gives its outcome and the customer is sent (303) to return_url", async () => {
  for (const card of TEST_CARDS) {
    const return_url = `https://shop.example/orders/${card.outcome}`;
    const p = await s.pc.createPayment({ ...paymentBody(), return_url });
    const res = await pay(p.confirmation_url!, card.number.replace(/(\d{4})/g, "$1 ").trim());
    expect([res.status, res.headers.get("location")]).toEqual([303, return_url]);
    const after = await s.pc.getPayment(p.id);
    expect(after.status === "succeeded" ? "succeeded" : after.failure?.code).toBe(card.outcome);
  }
});

test("a number that is no test card changes nothing; a paid or expired payment cannot be paid again", async () => {
  const p = await s.pc.createPayment(paymentBody());
  const wrong = await pay(p.confirmation_url!, "1234 5678 9012 3456");
  expect(wrong.status).toBe(422);
  expect((await s.pc.getPayment(p.id)).status).toBe("pending");
  expect((await pay(p.confirmation_url!, TEST_CARDS[0]!.number)).status).toBe(200); // no return_url: a result page
  expect((await pay(p.confirmation_url!, TEST_CARDS[0]!.number)).status).toBe(409);
  expect((await fetch(`${s.sandbox.url}/checkout/pay_nothing`)).status).toBe(404);
});

test("a script posting JSON instead of the form is told the page wants a form-encoded card field; nothing changes", async () => {
  const p = await s.pc.createPayment(paymentBody());
  const res = await fetch(p.confirmation_url!, { method: "POST", redirect: "manual", headers: { "content-type": "application/json" }, body: JSON.stringify({ card: TEST_CARDS[0]!.number }) });
  expect(res.status).toBe(415);
  expect(await res.text()).toMatch(/application\/x-www-form-urlencoded.*card/);
  expect((await s.pc.getPayment(p.id)).status).toBe("pending");
});

test("the README lists every test card with its outcome", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const card of TEST_CARDS) {
    const spaced = card.number.replace(/(\d{4})(?=\d)/g, "$1 ");
    expect(readme, `README names ${spaced} (${card.outcome})`).toMatch(new RegExp(`${spaced}\`[^\\n]*?${card.outcome === "succeeded" ? "pays" : card.outcome}`));
  }
});

test("the SDK refuses a return_url that is not http(s) before sending anything", async () => {
  const before = (await s.pc.listPayments({ limit: 1 })).data[0]?.id;
  const error = await s.pc.createPayment({ ...paymentBody(), return_url: "javascript:alert(1)" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as ValidationError).issues[0]!.path).toBe("/return_url");
  expect((await s.pc.listPayments({ limit: 1 })).data[0]?.id).toBe(before);
});

test("a finished payment's page links back to return_url, so a customer who comes back can return to the shop", async () => {
  const return_url = "https://shop.example/orders/42?lang=en&step=done";
  const p = await s.pc.createPayment({ ...paymentBody(), return_url });
  await pay(p.confirmation_url!, TEST_CARDS[0]!.number);
  const html = await (await fetch(p.confirmation_url!)).text();
  expect(html).toContain(`href="${return_url.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`);
});
