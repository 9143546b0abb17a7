// Webhook deliveries: signed with the documented scheme (checked here with node:crypto, independently of the
// SDK), one event id across retries, retried on the schedule on the sandbox clock, logged.
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { expect, test } from "vitest";
import { RETRY_DELAYS_MS } from "../../packages/sandbox/src/webhooks/schedule.ts";
import { startSandbox } from "../../packages/sandbox/src/index.ts";
import { verifyWebhook } from "../../src/entry/node.ts";
import { control, paymentBody, startEndpoint, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

function expectSigned(header: string, body: string, secret: string): void {
  const t = /(?:^|,)t=(\d+)/.exec(header)![1]!;
  const expected = createHmac("sha256", Buffer.from(secret, "utf8")).update(`${t}.${body}`).digest("hex");
  expect(header.split(",").filter((p) => p.startsWith("v1=")).map((p) => p.slice(3))).toContain(expected);
  expect(Math.abs(Number(t) - Date.now() / 1000)).toBeLessThan(60); // real time, not the sandbox clock
}

test("a succeeded payment is delivered once, signed, as the event the API lists", async () => {
  const p = await s.pc.createPayment(paymentBody());
  const before = s.endpoint.received.length;
  await control(s.sandbox, `payments/${p.id}/complete`, { outcome: "succeeded" });
  await s.sandbox.idle();
  const got = s.endpoint.received.slice(before);
  expect(got).toHaveLength(1);
  expectSigned(String(got[0]!.headers["x-payconnect-signature"]), got[0]!.body, s.sandbox.webhookSecret);
  const event = await verifyWebhook(got[0]!.body, got[0]!.headers["x-payconnect-signature"], s.sandbox.webhookSecret, { strict: true });
  expect(event).toMatchObject({ type: "payment.succeeded", data: { object: { id: p.id, status: "succeeded" } } });
  expect(await s.pc.getEvent(event.id)).toEqual(event);
  expect(s.sandbox.deliveries({ event_id: event.id })).toMatchObject([{ attempt: 1, ok: true, status: 200, next_attempt_at: null }]);
});

test("an endpoint that answers 500 twice gets the event on the third attempt, same id, on the retry schedule", async () => {
  const endpoint = await startEndpoint();
  const sandbox = await startSandbox({ port: 0, forwardTo: endpoint.url });
  try {
    endpoint.answers.push(500, 500);
    const { event } = await control(sandbox, "trigger", { type: "payment.succeeded" });
    await sandbox.idle();
    expect(endpoint.received).toHaveLength(1);
    // The sandbox clock is real time plus the advances, so a second of margin keeps "not yet" true.
    await sandbox.clock.advance(RETRY_DELAYS_MS[1]! - 1_000);
    await sandbox.idle();
    expect(endpoint.received).toHaveLength(1); // not before its time
    await sandbox.clock.advance(1_000);
    await sandbox.idle();
    expect(endpoint.received).toHaveLength(2);
    await sandbox.clock.advance(RETRY_DELAYS_MS[2]!);
    await sandbox.idle();
    expect(endpoint.received).toHaveLength(3);
    expect(new Set(endpoint.received.map((r) => JSON.parse(r.body).id))).toEqual(new Set([event.id]));
    const log = sandbox.deliveries({ event_id: event.id });
    expect(log.map((d) => [d.attempt, d.status, d.ok])).toEqual([[1, 500, false], [2, 500, false], [3, 200, true]]);
    expect(Date.parse(log[0]!.next_attempt_at!) - Date.parse(log[0]!.at)).toBe(RETRY_DELAYS_MS[1]);
    await sandbox.clock.advance(RETRY_DELAYS_MS.reduce((a, b) => a + b, 0));
    await sandbox.idle();
    expect(endpoint.received).toHaveLength(3); // delivered: no more attempts
  } finally {
    await sandbox.close();
    await endpoint.close();
  }
});

test("a refused connection is retried until the schedule is used up, then the log says so", async () => {
  const gone = await startEndpoint();
  await gone.close(); // nothing listens on this port any more
  const sandbox = await startSandbox({ port: 0, forwardTo: gone.url });
  try {
    const { event } = await control(sandbox, "trigger", { type: "payment.failed" });
    for (const delay of RETRY_DELAYS_MS) {
      await sandbox.clock.advance(delay);
      await sandbox.idle();
    }
    await sandbox.clock.advance(24 * 3_600_000);
    const log = sandbox.deliveries({ event_id: event.id });
    expect(log).toHaveLength(RETRY_DELAYS_MS.length);
    expect(log.every((d) => d.status === null && !d.ok && /refused/.test(d.error ?? ""))).toBe(true);
    expect(log.at(-1)!.next_attempt_at).toBeNull();
  } finally {
    await sandbox.close();
  }
});

test("events resend delivers the same event again, to the configured endpoint or to forward_to", async () => {
  const other = await startEndpoint();
  try {
    const { event } = await control(s.sandbox, "trigger", { type: "payment.refunded" });
    await s.sandbox.idle();
    const resent = await control(s.sandbox, `events/${event.id}/resend`, { forward_to: other.url });
    expect(resent.status).toBe(202);
    await s.sandbox.idle();
    expect(other.received.map((r) => JSON.parse(r.body).id)).toEqual([event.id]);
    expect((await control(s.sandbox, "events/evt_nope/resend", {})).status).toBe(404);
  } finally {
    await other.close();
  }
});

test("one long advance makes every retry that falls due inside it, each at its scheduled time", async () => {
  const endpoint = await startEndpoint();
  const sandbox = await startSandbox({ port: 0, forwardTo: endpoint.url });
  try {
    endpoint.answers.push(...RETRY_DELAYS_MS.map(() => 500));
    const { event } = await control(sandbox, "trigger", { type: "payment.succeeded" });
    await sandbox.idle();
    const window = RETRY_DELAYS_MS[1]! + RETRY_DELAYS_MS[2]! + 1_000; // room for attempts 2 and 3, not 4
    await sandbox.clock.advance(window);
    await sandbox.idle();
    const log = sandbox.deliveries({ event_id: event.id });
    expect(log.map((d) => d.attempt)).toEqual([1, 2, 3]);
    const gaps = log.slice(1).map((d, i) => Date.parse(d.at) - Date.parse(log[i]!.at));
    gaps.forEach((gap, i) => expect(Math.abs(gap - RETRY_DELAYS_MS[i + 1]!)).toBeLessThanOrEqual(1_000));
  } finally {
    await sandbox.close();
    await endpoint.close();
  }
});

test("a refusal's first bytes go into the delivery log, so the reason is visible", async () => {
  const said = JSON.stringify({ error: "no_valid_signature", hint: "x".repeat(2_000) });
  s.endpoint.answers.push({ status: 400, body: said });
  const { event } = await control(s.sandbox, "trigger", { type: "payment.failed" });
  await s.sandbox.idle();
  const [first] = s.sandbox.deliveries({ event_id: event.id });
  expect(first).toMatchObject({ ok: false, status: 400 });
  expect(said.startsWith(first!.response_excerpt!)).toBe(true);
  expect(first!.response_excerpt!.length).toBeGreaterThan(20);
  expect(first!.response_excerpt!.length).toBeLessThan(said.length);
});

test("an endpoint that drops the connection without answering is logged as that, and retried", async () => {
  const server = createServer((req) => req.socket.destroy());
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const sandbox = await startSandbox({ port: 0, forwardTo: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook` });
  try {
    const { event } = await control(sandbox, "trigger", { type: "payment.succeeded" });
    await sandbox.idle();
    const [first] = sandbox.deliveries({ event_id: event.id });
    expect(first).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/closed the connection without answering/) });
    expect(first!.next_attempt_at).not.toBeNull();
  } finally {
    await sandbox.close();
    server.close();
  }
});
