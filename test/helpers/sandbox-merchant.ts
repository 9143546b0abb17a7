// A sandbox and a merchant wired together on 127.0.0.1, as a merchant would run them: the sandbox forwards its
// webhooks to examples/webhooks/express-server.ts (the Express recipe plus the order page return_url points at),
// which verifies them with the sandbox's own webhook secret.
import type { RequestHandler } from "express";
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { WebhookEvent } from "@payconnect/sdk/webhooks";
import { createMerchantApp } from "../../examples/webhooks/express-server.ts";
import { type Sandbox, startSandbox } from "../../packages/sandbox/src/index.ts";

export interface Merchant {
  url: string;
  webhookUrl: string;
  /** Events the recipe verified and handed to onEvent, in arrival order. */
  events: WebhookEvent[];
}

/** `before` runs ahead of the recipe on every request (e.g. to make the endpoint fail); `port` is the sandbox's (0: any). */
export async function startSandboxAndMerchant({ before, port = 0 }: { before?: RequestHandler; port?: number } = {}): Promise<{ sandbox: Sandbox; merchant: Merchant; close: () => Promise<void> }> {
  // The sandbox needs the endpoint's URL and the endpoint needs the sandbox's secret: listen first, attach the app after.
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const merchant: Merchant = { url, webhookUrl: `${url}/webhooks/payconnect`, events: [] };
  const sandbox = await startSandbox({ port, forwardTo: merchant.webhookUrl });
  const app = express();
  if (before) app.use(before);
  app.use(createMerchantApp({ secret: sandbox.webhookSecret, onEvent: (event) => void merchant.events.push(event) }));
  server.on("request", app);
  return {
    sandbox,
    merchant,
    async close() {
      await sandbox.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Submits the confirmation page's form with a card number, as a browser without JavaScript would. */
export function payWithCard(confirmationUrl: string, card: string): Promise<Response> {
  return fetch(confirmationUrl, { method: "POST", body: new URLSearchParams({ card }), redirect: "manual" });
}
