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
  // The page is server-rendered: its text and links are there before Redoc's script has hydrated it, and a tag
  // link's server-rendered href is a plain path (/payments) that only the running app turns into in-page
  // navigation. The search box turns from "Loading..." into a working search once the app runs.
  await expect.poll(() => page.getByTestId("search-trigger").innerText(), { timeout: 30_000 }).not.toContain("Loading");
  const intro = await page.locator("body").innerText();
  for (const topic of ["Authentication", "Idempotency", "Rate limits", "Errors", "Pagination", "x-payconnect-signature", "verifyWebhook("]) {
    expect(intro, `intro covers ${topic}`).toContain(topic);
  }

  // Menu entries are links. A tag's link holds only its name (an intro section may share it and comes first,
  // hence last()); an operation's link holds its summary and method. Matching a menu *item* by text instead
  // also matches the tag group around it, and clicking the group's centre opens whichever operation sits there.
  const tagLink = (tag: string) => page.getByRole("link", { name: tag, exact: true }).last();
  const operationLink = (summary: string) => page.getByRole("link", { name: new RegExp(`^${escapeRegExp(summary)}\\s`) });
  const tags = (spec.tags as { name: string }[]).map((t) => t.name);
  const operations = [...listOperations(spec), ...listOperations(spec, "webhooks")];
  const tagOf = (op: (typeof operations)[number]) => (op.operation.tags as string[])[0]!;
  const summaryOf = (op: (typeof operations)[number]) => String(op.operation.summary);
  expect(operations.filter((op) => !tags.includes(tagOf(op))).map((op) => op.operationId), "operations under no listed tag").toEqual([]);
  // Opens an operation from the menu and returns its section of the page (Redoc renders a tag's operations
  // as one page, so page-wide text or "the first visible button" may belong to a neighbour).
  const open = async (op: (typeof operations)[number]) => {
    if (!(await operationLink(summaryOf(op)).isVisible())) await tagLink(tagOf(op)).click();
    await operationLink(summaryOf(op)).click();
    // The heading's accessible name is "link to <summary> <summary>[ Webhook]": it starts with a permalink.
    const heading = page.getByRole("heading", { level: 2, name: new RegExp(`^link to ${escapeRegExp(summaryOf(op))} `) });
    const section = page.locator("[data-section-id]").filter({ has: heading });
    await section.first().waitFor();
    return section.first();
  };

  // Every operation and webhook is listed in the navigation once its tag group is open.
  for (const tag of tags) {
    const own = operations.filter((op) => tagOf(op) === tag);
    if (own.length === 0) continue;
    if (!(await operationLink(summaryOf(own[0]!)).isVisible())) await tagLink(tag).click();
    for (const op of own) await operationLink(summaryOf(op)).waitFor(); // throws, naming the link, if it never shows
  }

  // Code samples are visible: curl and, under "Node.js", the SDK call, for the first operation of two tags
  // (each costs seconds on a busy machine; test/unit/docs-samples.test.ts checks that every operation carries
  // both samples).
  const firstOfTag = tags.map((tag) => listOperations(spec).find((op) => tagOf(op) === tag)).filter((op) => op !== undefined).slice(0, 2);
  for (const op of firstOfTag) {
    const section = await open(op);
    // The language menu button shows the current choice, which persists across pages.
    const choose = async (language: string) => {
      await section.getByRole("button", { name: /^(curl|Payload|Node\.js)$/ }).first().click();
      await page.getByText(language, { exact: true }).last().click();
    };
    await choose("curl");
    await expect.poll(() => section.innerText()).toContain(`curl -X ${op.method.toUpperCase()}`);
    await choose("Node.js");
    await expect.poll(() => section.innerText()).toContain(`pc.${op.operationId}`);
  }
  expect(firstOfTag.length).toBeGreaterThan(0);

  // A webhook page shows its payload and the signature header.
  for (const hook of listOperations(spec, "webhooks").slice(0, 1)) {
    const section = await open(hook);
    for (const header of hook.parameters.filter((p) => p.in === "header")) {
      await expect.poll(() => section.innerText()).toContain(String(header.name));
    }
  }

  mkdirSync(join(root, "test-results"), { recursive: true });
  const shot = join(root, "test-results/docs.png");
  await page.screenshot({ path: shot });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`docs screenshot: ${shot} (${(statSync(shot).size / 1024).toFixed(0)} KB); browser check ${seconds} s; blocked non-loopback requests: ${blocked.length}`);

  expect(consoleErrors).toEqual([]);
  expect(blocked, "the page tried to reach the network").toEqual([]);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
