// The Express recipe as a small merchant server for trying a whole payment locally with the sandbox: the webhook
// route, and the order page the confirmation page sends the customer back to (the quickstart's default return_url).
//   PAYCONNECT_WEBHOOK_SECRET=whsec_… npx tsx examples/webhooks/express-server.ts     (PORT, default 3000)
// Start the sandbox with --forward-to http://127.0.0.1:3000/webhooks/payconnect so its deliveries arrive here.
import { pathToFileURL } from "node:url";
import type { AddressInfo } from "node:net";
import type express from "express";
import { createExpressApp } from "./express.js";
import type { WebhookReceiverOptions } from "./handle-event.js";

/**
 * The recipe plus `GET /orders/:orderId/thanks`. The page shows the order as the verified webhooks left it, never
 * from the redirect itself: the customer can reach this URL without paying, and the webhook may come later.
 */
export function createMerchantApp(options: WebhookReceiverOptions): express.Express {
  const orders = new Map<string, string>(); // order id (payment metadata.order_id) → payment status; a database in production
  const app = createExpressApp({
    ...options,
    async onEvent(event) {
      switch (event.type) {
        case "payment.succeeded":
        case "payment.failed":
        case "payment.refunded": {
          const order = event.data.object.metadata.order_id;
          if (order !== undefined) orders.set(order, event.data.object.status);
          break;
        }
        default:
      }
      await options.onEvent(event);
    },
  });
  app.get("/orders/:orderId/thanks", (req, res) => {
    const orderId = /^[\w-]{1,64}$/.test(req.params.orderId) ? req.params.orderId : "unknown";
    const status = orders.get(orderId);
    const text = status === undefined ? "We are confirming your payment…" : status === "succeeded" ? "Paid. Thank you!" : `Payment ${status}.`;
    // Until the webhook has arrived, the page reloads itself (a meta refresh: no JavaScript needed).
    const refresh = status === undefined ? '<meta http-equiv="refresh" content="2">' : "";
    res.type("html").send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${refresh}
<title>Order ${orderId}</title></head><body><h1>Order ${orderId}</h1><p id="order-status" data-status="${status ?? "pending"}">${text}</p></body></html>`);
  });
  return app;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.PAYCONNECT_WEBHOOK_SECRET;
  if (secret === undefined || secret === "") {
    console.error("Set PAYCONNECT_WEBHOOK_SECRET to the whsec_… secret the sandbox printed.");
    process.exit(1);
  }
  const app = createMerchantApp({ secret, onEvent: (event) => console.log(`verified ${String(event.type)} ${event.id} for ${String(event.data.object.id)}`) });
  const server = app.listen(Number(process.env.PORT ?? 3000), "127.0.0.1", () => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    console.log(`Webhooks: ${url}/webhooks/payconnect · order pages: ${url}/orders/<order id>/thanks`);
  });
}
