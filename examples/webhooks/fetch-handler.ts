// A Fetch-API handler (Request → Response): the shape of Next.js App Router route handlers, Hono,
// Cloudflare Workers, Bun.serve and Deno.serve. `await request.arrayBuffer()` is the raw body: the bytes as sent
// (`request.text()` would decode them and drop a leading UTF-8 BOM, which the signature covers).
import { WebhookVerificationError, verifyWebhook } from "@payconnect/sdk/webhooks";
import { type WebhookReceiverOptions, eventAcceptor } from "./handle-event.js";

export function createWebhookHandler(options: WebhookReceiverOptions): (request: Request) => Promise<Response> {
  const accept = eventAcceptor(options);
  return async (request) => {
    if (request.method !== "POST") return new Response(null, { status: 405 });
    try {
      const event = await verifyWebhook(await request.arrayBuffer(), request.headers.get("x-payconnect-signature"), options.secret);
      const fresh = await accept(event);
      return Response.json({ received: true, duplicate: !fresh });
    } catch (error) {
      if (error instanceof WebhookVerificationError) return Response.json({ error: error.reason }, { status: 400 });
      throw error;
    }
  };
}

// Next.js App Router (app/api/webhooks/payconnect/route.ts):
//   export const POST = createWebhookHandler({ secret: process.env.PAYCONNECT_WEBHOOK_SECRET!, onEvent });
