// The published docs in a real browser: Debian's Chromium via playwright-core opens dist/docs/index.html from
// a 127.0.0.1 server with every non-loopback request blocked, and must show every operation and webhook of
// openapi.yaml, visible code samples, and no console errors.
import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { listOperations, loadSpec } from "../../scripts/lib/spec.ts";
import { root, specPath } from "../helpers/paths.ts";
import { serveStatic } from "../helpers/static-server.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const docsDir = join(root, "dist/docs");
const spec = loadSpec(specPath);
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run installs it in CI.`);
  }
  if (!existsSync(join(docsDir, "index.html"))) throw new Error("dist/docs/index.html is missing: run npm run docs (npm test's pretest does)");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  server = await serveStatic(docsDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the docs render offline with every operation, webhook and code sample, and no console errors", async () => {
  const started = performance.now();
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const blocked: string[] = [];
  const consoleErrors: string[] = [];
  await page.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === "127.0.0.1" || host === "localhost" || route.request().url().startsWith("data:")) return route.continue();
    blocked.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  page.on("console", (msg) => msg.type() === "error" && consoleErrors.push(msg.text()));
  page.on("pageerror", (err) => consoleErrors.push(err.message));

  await page.goto(server.url, { waitUntil: "load" });
  await page.waitForSelector("text=PayConnect API", { timeout: 30_000 });
  const intro = await page.locator("body").innerText();
  for (const topic of ["Authentication", "Idempotency", "Rate limits", "Errors", "Pagination", "x-payconnect-signature", "verifyWebhook("]) {
    expect(intro, `intro covers ${topic}`).toContain(topic);
  }

  // Every operation and webhook is listed in the navigation once its tag group is open.
  const menu = page.locator('[data-component-name="Menu/MenuItem"]');
  const tags = (spec.tags as { name: string }[]).map((t) => t.name);
  let listed = "";
  for (const tag of tags) {
    // Groups open one at a time (opening one may close another): read the menu after each.
    await menu.filter({ hasText: new RegExp(`^${tag}$`) }).last().click();
    listed += (await menu.allInnerTexts()).join("\n");
  }
  const operations = listOperations(spec);
  const hooks = listOperations(spec, "webhooks");
  for (const op of [...operations, ...hooks]) expect(listed, `${op.operationId} is listed`).toContain(String(op.operation.summary));

  // Code samples are visible: curl and, under "Node.js", the SDK call. (Redoc renders a tag's operations as
  // one page; the first of a tag is checked here, and test/unit/docs-samples.test.ts checks that every
  // operation carries both samples.)
  const samplesShown: string[] = [];
  for (const [tag, summary, expected] of [
    ["Payments", "Create a payment", "pc.createPayment("],
    ["Authentication", "Exchange the secret key for an access token", "pc.createAccessToken("],
  ] as const) {
    const item = menu.filter({ hasText: summary }).first();
    if (!(await item.isVisible())) await menu.filter({ hasText: new RegExp(`^${tag}$`) }).last().click();
    await item.click();
    await page.getByRole("heading", { name: summary }).first().waitFor();
    const visibleText = () => page.locator("body").innerText();
    // The language menu button shows the current choice, which persists across pages.
    const choose = async (language: string) => {
      await page.getByRole("button", { name: /^(curl|Payload|Node\.js)$/ }).filter({ visible: true }).first().click();
      await page.getByText(language, { exact: true }).last().click();
    };
    await choose("curl");
    await expect.poll(visibleText).toContain("curl -X POST");
    await choose("Node.js");
    await expect.poll(visibleText).toContain(expected);
    samplesShown.push(summary);
  }
  expect(samplesShown).toHaveLength(2);

  // A webhook page shows its payload and the signature header.
  await menu.filter({ hasText: /^Webhooks$/ }).last().click();
  await menu.filter({ hasText: "A payment succeeded" }).first().click();
  await expect.poll(() => page.locator("body").innerText()).toContain("x-payconnect-signature");

  mkdirSync(join(root, "test-results"), { recursive: true });
  const shot = join(root, "test-results/docs.png");
  await page.screenshot({ path: shot, fullPage: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`docs screenshot: ${shot} (${(statSync(shot).size / 1024).toFixed(0)} KB); browser check ${seconds} s; blocked non-loopback requests: ${blocked.length}`);

  expect(consoleErrors).toEqual([]);
  expect(blocked, "the page tried to reach the network").toEqual([]);
});
