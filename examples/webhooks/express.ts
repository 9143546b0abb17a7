// Receiving PayConnect webhooks with Express. The webhook route needs the *raw* body: mount express.raw()
// on it, and keep express.json() (if you use it elsewhere) off this route.
import express from "express";
import { WebhookVerificationError, verifyWebhook } from "@payconnect/sdk/webhooks";
import { type WebhookReceiverOptions, eventAcceptor } from "./handle-event.js";

export function createExpressApp(options: WebhookReceiverOptions): express.Express {
  const app = express();
  const accept = eventAcceptor(options);
  app.post("/webhooks/payconnect", express.raw({ type: "application/json", limit: "2mb" }), async (req, res) => {
    try {
      const event = await verifyWebhook(req.body, req.headers["x-payconnect-signature"], options.secret);
      const fresh = await accept(event);
      res.status(200).json({ received: true, duplicate: !fresh });
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        res.status(400).json({ error: error.reason });
        return;
      }
      // A programming error (e.g. a parsed body): fail loudly so it is noticed.
      res.status(500).json({ error: (error as Error).message });
    }
  });
  return app;
}
