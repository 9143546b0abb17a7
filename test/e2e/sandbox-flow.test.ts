// The guide's payment flow end to end against the sandbox, as a merchant runs it: examples/quickstart.ts creates a
// payment with return_url, Chromium (JavaScript off, a phone's viewport) pays on confirmation_url and lands on the
// merchant's order page, and the Express recipe verifies the signed webhook. The other outcomes (declined,
// expired, refunded, an endpoint that fails twice) use the SDK and plain HTTP, where a browser adds nothing.
// Everything runs twice: with the API called directly, and through Prism's validation proxy in front of the
// sandbox, where any request or response that breaks openapi.yaml fails the test.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import type { RequestHandler } from "express";
import { freePort } from "../../scripts/lib/free-port.ts";
import { type RunningPrism, startPrism } from "../../scripts/lib/prism.ts";
import { resolvePointer, loadSpec } from "../../scripts/lib/spec.ts";
import { createPayConnect } from "../../src/entry/node.ts";
import { TEST_CARDS } from "../../packages/sandbox/src/checkout/cards.ts";
import { delayBefore } from "../../packages/sandbox/src/webhooks/schedule.ts";
import { launchChromium, loopbackPage } from "../helpers/chromium.ts";
import { root, specPath } from "../helpers/paths.ts";
import { createdPayment, runQuickstart } from "../helpers/run-quickstart.ts";
import { payWithCard, startSandboxAndMerchant } from "../helpers/sandbox-merchant.ts";

const spec = loadSpec(specPath);
const successCard = TEST_CARDS.find((c) => c.outcome === "succeeded")!.number;
const declined = TEST_CARDS.find((c) => c.outcome !== "succeeded")!;
const MINUTE = 60_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe.each([
  ["directly", false],
  ["through Prism's validation proxy", true],
])("the API called %s", (_how, proxied) => {
  let prism: RunningPrism | undefined;
  let sandboxPort = 0;
  const violations: string[] = [];
  beforeAll(async () => {
    if (!proxied) return;
    // One proxy for the block: each test's sandbox listens on the same port behind it, one after the other.
    sandboxPort = await freePort();
    prism = await startPrism({ spec: specPath, errors: true, upstream: `http://127.0.0.1:${sandboxPort}`, log: (line) => void (/violation/i.test(line) && violations.push(line)) });
  });
  afterAll(async () => {
    await prism?.stop();
  });
  afterEach(() => {
    expect(violations.splice(0), "Prism found requests or responses that break openapi.yaml").toEqual([]);
  });

  async function setup(options: { before?: RequestHandler } = {}) {
    const flow = await startSandboxAndMerchant({ ...options, port: sandboxPort });
    const api = prism?.url ?? flow.sandbox.url;
    const pc = createPayConnect({ secretKey: flow.sandbox.secretKey, baseUrl: api });
    cleanups.push(flow.close, async () => pc.close());
    const create = () =>
      pc.createPayment({ amount: 2500, currency: "RUB", description: "Order #e2e", customer: { email: "buyer@example.com" }, return_url: `${flow.merchant.url}/orders/e2e/thanks` });
    const eventsFor = (paymentId: string) => flow.merchant.events.filter((e) => e.data.object.id === paymentId);
    return { ...flow, api, pc, create, eventsFor };
  }

  test("quickstart → Chromium pays on confirmation_url without JavaScript at 375 px → return_url; the Express recipe verifies payment.succeeded", async () => {
    const { sandbox, merchant, api, eventsFor } = await setup();
    const returnUrl = `${merchant.url}/orders/12345/thanks`;
    const env = { PAYCONNECT_SECRET_KEY: sandbox.secretKey, PAYCONNECT_BASE_URL: api, PAYCONNECT_RETURN_URL: returnUrl };
    const first = await runQuickstart(env);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    const { id, confirmationUrl } = createdPayment(first.stdout);

    const { page, blocked, close } = await loopbackPage(browser, { javaScriptEnabled: false, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    cleanups.push(close);
    await page.goto(confirmationUrl);
    await expect.poll(() => page.locator("#amount").innerText()).toMatch(/10\.00/);
    await expect.poll(() => page.locator("body").innerText()).toContain(id);
    // Readable on a phone: no horizontal scroll, with the test-card list opened too (<details> needs no script).
    await page.locator("summary").click();
    await expect.poll(() => page.locator("details").getAttribute("open")).not.toBeNull();
    expect(await page.locator("html").evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(375);
    mkdirSync(join(root, "test-results"), { recursive: true });
    await page.screenshot({ path: join(root, "test-results/sandbox-checkout.png"), fullPage: true });

    await page.locator("#card").fill(successCard.replace(/(\d{4})(?=\d)/g, "$1 ")); // typed as printed on a card
    await Promise.all([page.waitForURL(returnUrl), page.locator("#pay").click()]);

    await expect.poll(() => eventsFor(id).map((e) => e.type)).toEqual(["payment.succeeded"]);
    expect(eventsFor(id)[0]!.data.object).toMatchObject({ id, status: "succeeded", return_url: returnUrl });
    // The order page shows what the webhook said (its meta refresh works without JavaScript).
    await expect.poll(() => page.locator("#order-status").getAttribute("data-status"), { timeout: 15_000 }).toBe("succeeded");
    expect(blocked, "the flow tried to reach the network").toEqual([]);

    // The quickstart's second run finds the payment succeeded and refunds half of it.
    const second = await runQuickstart(env, [id]);
    expect(second.stderr).toBe("");
    expect(second.stdout).toContain("status now: succeeded");
    await expect.poll(() => eventsFor(id).map((e) => e.type)).toEqual(["payment.succeeded", "payment.refunded"]);
    expect(eventsFor(id)[1]!.data.object).toMatchObject({ id, status: "partially_refunded", amount_refunded: 500 });
  });

  test("the confirmation page fits a phone's width with the longest description the spec allows and a long email", async () => {
    const { pc } = await setup();
    const maxLength = (resolvePointer(spec, "#/components/schemas/CreatePaymentRequest/properties/description") as { maxLength: number }).maxLength;
    // One unbroken word (a pasted URL or SKU list) is what overflows a narrow page; 64 is the longest local part of an address.
    const payment = await pc.createPayment({ amount: 1000, currency: "RUB", description: "x".repeat(maxLength), customer: { email: `${"a".repeat(64)}@${"b".repeat(60)}.example` } });
    const { page, close } = await loopbackPage(browser, { javaScriptEnabled: false, viewport: { width: 375, height: 740 }, isMobile: true });
    cleanups.push(close);
    await page.goto(payment.confirmation_url!);
    await expect.poll(() => page.locator("#description").innerText()).toContain("x".repeat(50));
    expect(await page.locator("html").evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test(`a declined test card (${declined.outcome}) gives payment.failed with that failure code`, async () => {
    const failureCodes = (resolvePointer(spec, "#/components/schemas/PaymentFailureCode") as { enum: string[] }).enum;
    expect(failureCodes).toContain(declined.outcome);
    const { create, eventsFor, merchant } = await setup();
    const payment = await create();
    const res = await payWithCard(payment.confirmation_url!, declined.number);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${merchant.url}/orders/e2e/thanks`);
    await expect.poll(() => eventsFor(payment.id).map((e) => e.type)).toEqual(["payment.failed"]);
    expect(eventsFor(payment.id)[0]!.data.object).toMatchObject({ status: "failed", failure: { code: declined.outcome } });
  });

  test("a payment nobody pays is expired once the sandbox clock has moved 30 minutes, and can no longer be paid", async () => {
    const { sandbox, pc, create, eventsFor } = await setup();
    const payment = await create();
    await sandbox.clock.advance(29 * MINUTE);
    expect((await pc.getPayment(payment.id)).status).toBe("pending");
    await sandbox.clock.advance(1 * MINUTE);
    expect(await pc.getPayment(payment.id)).toMatchObject({ status: "expired", confirmation_url: null });
    const late = await payWithCard(payment.confirmation_url!, successCard);
    expect(late.status).toBe(409);
    expect(await late.text()).toContain('data-status="expired"');
    await sandbox.idle();
    expect(eventsFor(payment.id)).toEqual([]);
  });

  test("a refund of a paid payment gives payment.refunded", async () => {
    const { pc, create, eventsFor } = await setup();
    const payment = await create();
    await payWithCard(payment.confirmation_url!, successCard);
    const refund = await pc.createRefund(payment.id);
    expect(refund).toMatchObject({ payment_id: payment.id, amount: payment.amount, status: "succeeded" });
    await expect.poll(() => eventsFor(payment.id).map((e) => e.type)).toEqual(["payment.succeeded", "payment.refunded"]);
    expect(eventsFor(payment.id)[1]!.data.object).toMatchObject({ status: "refunded", amount_refunded: payment.amount });
  });

  test("an endpoint that answers 500 twice gets the event on the third attempt, with the same event id, on the retry schedule", async () => {
    const seen: string[] = []; // the event id of every delivery the endpoint received
    let failures = 2;
    const failTwice: RequestHandler = (req, res, next) => {
      if (req.method !== "POST" || failures === 0) return void next();
      failures--;
      let body = "";
      req.on("data", (c: Buffer) => (body += c));
      req.on("end", () => {
        seen.push((JSON.parse(body) as { id: string }).id);
        res.status(500).end();
      });
    };
    const { sandbox, create, eventsFor } = await setup({ before: failTwice });
    const payment = await create();
    await payWithCard(payment.confirmation_url!, successCard);
    await sandbox.idle();
    expect(seen).toHaveLength(1);

    await sandbox.clock.advance(delayBefore(2)!);
    expect(seen).toHaveLength(2);
    await sandbox.clock.advance(delayBefore(3)! / 2); // not yet due
    expect(seen).toHaveLength(2);
    expect(eventsFor(payment.id)).toEqual([]);
    await sandbox.clock.advance(delayBefore(3)! / 2);
    await expect.poll(() => eventsFor(payment.id).map((e) => e.type)).toEqual(["payment.succeeded"]);
    const event = eventsFor(payment.id)[0]!;
    expect(seen).toEqual([event.id, event.id]);
    expect(sandbox.deliveries({ event_id: event.id }).map((d) => [d.attempt, d.status])).toEqual([[1, 500], [2, 500], [3, 200]]);
  });
});
