// The examples/webhooks recipes, each a real server on 127.0.0.1 receiving signed POSTs over HTTP.
import express from "express";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { signWebhook, verifyWebhook, type WebhookEvent } from "@payconnect/sdk/webhooks";
import { createExpressApp } from "../../examples/webhooks/express.js";
import { createFastifyApp } from "../../examples/webhooks/fastify.js";
import { createWebhookHandler } from "../../examples/webhooks/fetch-handler.js";
import { serveFetch } from "../helpers/serve-fetch.ts";
import { webhookExample } from "../helpers/spec-examples.ts";

const OLD = "whsec_recipe_old_secret";
const NEW = "whsec_recipe_new_secret";
// The spec's payment.succeeded example, with an id of its own (a redelivery test swaps it).
const body = JSON.stringify({ ...webhookExample("payment.succeeded"), id: "evt_recipe1" });

type Started = { url: string; close: () => Promise<void> };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function listen(app: express.Express): Promise<Started> {
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const recipes: [string, (opts: { secret: string | string[]; onEvent: (e: WebhookEvent) => void }) => Promise<Started>][] = [
  ["Express (express.raw)", (opts) => listen(createExpressApp(opts))],
  ["Fastify (raw Buffer body)", async (opts) => {
    const app = createFastifyApp(opts);
    const url = await app.listen({ port: 0, host: "127.0.0.1" });
    return { url, close: () => app.close() };
  }],
  ["Fetch-API handler (request.arrayBuffer())", (opts) => serveFetch(createWebhookHandler(opts))],
];

async function post(url: string, payload: string, signature?: string) {
  const res = await fetch(`${url}/webhooks/payconnect`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "x-payconnect-signature": signature } : {}) },
    body: payload,
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe.each(recipes)("%s", (_name, start) => {
  async function receiver(secret: string | string[] = NEW) {
    const events: WebhookEvent[] = [];
    const server = await start({ secret, onEvent: (e) => void events.push(e) });
    cleanups.push(server.close);
    return { ...server, events };
  }

  test("a signed event is accepted with 200 and handed to onEvent after the answer", async () => {
    const { url, events } = await receiver();
    const result = await post(url, body, await signWebhook(body, NEW));
    expect(result).toEqual({ status: 200, json: { received: true, duplicate: false } });
    await new Promise((r) => setTimeout(r, 20));
    expect(events.map((e) => e.type)).toEqual(["payment.succeeded"]);
  });

  test("a redelivery of the same event id is acknowledged but not processed twice", async () => {
    const { url, events } = await receiver();
    const header = await signWebhook(body, NEW);
    await post(url, body, header);
    const again = await post(url, body, header);
    expect(again).toEqual({ status: 200, json: { received: true, duplicate: true } });
    await new Promise((r) => setTimeout(r, 20));
    expect(events).toHaveLength(1);
  });

  test.each([
    ["no signature", undefined, "missing_header"],
    ["a forged signature", `t=${Math.floor(Date.now() / 1000)},v1=${"ab".repeat(32)}`, "no_valid_signature"],
    ["a replayed (stale) signature", "stale", "timestamp_outside_tolerance"],
  ])("%s → 400 %s", async (_n, signature, reason) => {
    const { url, events } = await receiver();
    const header = signature === "stale" ? await signWebhook(body, NEW, { timestamp: Math.floor(Date.now() / 1000) - 3600 }) : signature;
    expect(await post(url, body, header)).toEqual({ status: 400, json: { error: reason } });
    expect(events).toHaveLength(0);
  });

  test("a body that starts with a UTF-8 BOM, signed over the bytes sent, is accepted (the BOM is part of the bytes)", async () => {
    const { url, events } = await receiver();
    const withBom = `\uFEFF${JSON.stringify({ ...webhookExample("payment.succeeded"), id: "evt_recipebom" })}`;
    const result = await post(url, withBom, await signWebhook(withBom, NEW));
    expect(result).toEqual({ status: 200, json: { received: true, duplicate: false } });
    await new Promise((r) => setTimeout(r, 20));
    expect(events.map((e) => e.id)).toEqual(["evt_recipebom"]);
  });

  test("secret rotation: a receiver with [old, new] accepts both", async () => {
    const { url } = await receiver([OLD, NEW]);
    expect((await post(url, body, await signWebhook(body, OLD))).status).toBe(200);
    const other = body.replace("evt_recipe1", "evt_recipe2");
    expect((await post(url, other, await signWebhook(other, NEW))).status).toBe(200);
  });
});

/** An Express app whose webhook route sits behind `parser` and answers 500 with the SDK's message when verification throws. */
async function expressBehind(parser: express.RequestHandler, routeOnly: boolean) {
  const app = express();
  const route = async (req: express.Request, res: express.Response) => {
    try {
      await verifyWebhook(req.body, req.headers["x-payconnect-signature"], NEW);
      res.sendStatus(200);
    } catch (error) {
      res.status(500).json({ error: (error as Error).message });
    }
  };
  if (routeOnly) app.post("/webhooks/payconnect", parser, route);
  else app.use(parser).post("/webhooks/payconnect", route);
  const server = await listen(app);
  cleanups.push(server.close);
  return server;
}

test("Express with express.json() in front breaks verification, and the SDK says how to fix it", async () => {
  // The common mistake: the body is parsed before the webhook route sees it.
  const server = await expressBehind(express.json(), false);
  const result = await post(server.url, body, await signWebhook(body, NEW));
  expect(result.status).toBe(500);
  expect(result.json.error).toMatch(/got a parsed object as the body/);
  expect(result.json.error).toMatch(/express\.raw\(\{ type: "application\/json" \}\)/);
});

test("express.raw with a request of another Content-Type leaves no body, and the SDK says the Content-Type is why", async () => {
  const server = await expressBehind(express.raw({ type: "application/json" }), true);
  const res = await fetch(`${server.url}/webhooks/payconnect`, {
    method: "POST",
    headers: { "content-type": "text/plain", "x-payconnect-signature": await signWebhook(body, NEW) },
    body,
  });
  const error = ((await res.json()) as { error: string }).error;
  expect(res.status).toBe(500);
  expect(error).toMatch(/got (undefined|a parsed object) as the body/);
  expect(error).toMatch(/Content-Type/);
});
