// Receiving PayConnect webhooks with Fastify: inside this plugin, JSON bodies arrive as a raw Buffer.
import Fastify, { type FastifyInstance } from "fastify";
import { WebhookVerificationError, verifyWebhook } from "@payconnect/sdk/webhooks";
import { type WebhookReceiverOptions, eventAcceptor } from "./handle-event.js";

export function createFastifyApp(options: WebhookReceiverOptions): FastifyInstance {
  const app = Fastify();
  const accept = eventAcceptor(options);
  app.register(async (scope) => {
    // Scoped to this plugin: the rest of the app keeps Fastify's normal JSON parsing.
    scope.addContentTypeParser("application/json", { parseAs: "buffer", bodyLimit: 2 * 1024 * 1024 }, (_req, body, done) => done(null, body));
    scope.post("/webhooks/payconnect", async (request, reply) => {
      try {
        const event = await verifyWebhook(request.body as Buffer, request.headers["x-payconnect-signature"], options.secret);
        const fresh = await accept(event);
        return reply.code(200).send({ received: true, duplicate: !fresh });
      } catch (error) {
        if (error instanceof WebhookVerificationError) return reply.code(400).send({ error: error.reason });
        throw error;
      }
    });
  });
  return app;
}
