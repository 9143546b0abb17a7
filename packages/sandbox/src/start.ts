// startSandbox(): the PayConnect sandbox on 127.0.0.1 — the API of openapi.yaml with state, the hosted
// confirmation page, signed webhook deliveries and the /_sandbox/ controls — in this process.
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Event, Payment } from "../../../generated/models.ts";
import { type SandboxClock, createClock } from "./clock.ts";
import type { SandboxContext } from "./context.ts";
import { CHECKOUT_PREFIX, handleCheckout } from "./checkout/routes.ts";
import { loadControls } from "./controls/document.ts";
import { CONTROLS_PREFIX, handleControl } from "./controls/routes.ts";
import { handleApi } from "./http/api.ts";
import { ApiFailure } from "./http/api-error.ts";
import { createRateLimiter } from "./http/rate-limit.ts";
import { sendJson } from "./http/respond.ts";
import { isoSeconds, newId } from "./ids.ts";
import { type SandboxOptions, resolveOptions } from "./options.ts";
import { createState } from "./state.ts";
import { type DeliveryAttempt, createDeliverer } from "./webhooks/deliver.ts";

export interface Sandbox {
  /** The base URL to give the SDK (`baseUrl`), e.g. http://127.0.0.1:4242. */
  url: string;
  /** The sk_test_ key its token endpoint accepts. */
  secretKey: string;
  /** The whsec_ secret its webhook deliveries are signed with. */
  webhookSecret: string;
  /** The sandbox clock: `await sandbox.clock.advance(30 * 60_000)` expires pending payments. */
  clock: SandboxClock;
  /** The events created so far (every one is also listed by GET /v1/events), oldest first. */
  events(): Event[];
  /** Webhook delivery attempts so far, oldest first. */
  deliveries(filter?: { event_id?: string }): DeliveryAttempt[];
  /** Resolves when no webhook delivery is in flight. */
  idle(): Promise<void>;
  /** Stops the server, the clock, the open connections and the webhook deliveries in flight. */
  close(): Promise<void>;
}

export async function startSandbox(options?: SandboxOptions): Promise<Sandbox> {
  const o = resolveOptions(options);
  const clock = createClock();
  const state = createState();
  const controls = loadControls();
  const deliverer = createDeliverer(clock, () => o.webhookSecret, () => o.forwardTo);
  const ctx: SandboxContext = {
    state,
    clock,
    settings: { baseUrl: "", secretKey: o.secretKey, webhookSecret: o.webhookSecret, merchantName: o.merchantName },
    faults: o.faults,
    emit(type: Event["type"], payment: Payment): Event {
      const event = { id: newId("evt_"), type, created_at: isoSeconds(clock.now()), data: { object: payment } } as Event;
      state.events.add(event);
      deliverer.send(event);
      return event;
    },
  };
  const limiter = createRateLimiter(o.rateLimit, clock.now, o.faults, o.rateLimitWindowSec * 1000);
  const server = http.createServer((req, res) => {
    // A request target the URL parser refuses ("//[", "http://[") would throw here, outside any handler's
    // catch, and end the process: it gets the API's 400 envelope instead.
    const url = URL.canParse(req.url ?? "/", "http://sandbox.invalid") ? new URL(req.url ?? "/", "http://sandbox.invalid") : null;
    if (url === null) {
      req.resume();
      return sendJson(res, 400, new ApiFailure("invalid_request", "The request target is not a valid URL path.").body, {});
    }
    const route = url.pathname.startsWith(CONTROLS_PREFIX)
      ? handleControl(ctx, deliverer, controls, req, res, url)
      : url.pathname.startsWith(CHECKOUT_PREFIX)
        ? handleCheckout(ctx, req, res, url)
        : handleApi(ctx, limiter, req, res, url);
    route.catch((error: unknown) => {
      console.error("payconnect sandbox:", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("sandbox error (see its log)");
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(e.code === "EADDRINUSE" ? Object.assign(new Error(`startSandbox: port ${o.port} is in use; pass another port (0 picks a free one)`), { code: e.code }) : e),
    );
    server.listen(o.port, "127.0.0.1", () => resolve());
  });
  const url = o.publicUrl ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ctx.settings.baseUrl = url;
  return {
    url,
    secretKey: o.secretKey,
    webhookSecret: o.webhookSecret,
    clock,
    events: () => [...state.events.newestFirst()].reverse(),
    deliveries: (filter) => deliverer.log(filter),
    idle: () => deliverer.idle(),
    async close() {
      clock.stop();
      deliverer.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
