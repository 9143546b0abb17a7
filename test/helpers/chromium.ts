// Debian's Chromium through playwright-core, launched the same way by every browser test, and a page that may
// only reach 127.0.0.1 (anything else is blocked and recorded, so a test can prove the flow is offline).
import { existsSync } from "node:fs";
import { type Browser, type BrowserContextOptions, type Page, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run installs it in CI.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/** A page in its own context whose requests to anything but loopback are aborted and listed in `blocked`. */
export async function loopbackPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; blocked: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const blocked: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    const host = new URL(url).hostname;
    if (host === "127.0.0.1" || host === "localhost" || url.startsWith("data:")) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return { page, blocked, close: () => context.close() };
}
