// Sends events to webhook endpoints as PayConnect does: the event JSON, signed with the documented scheme
// (the SDK's own signWebhook), the same event id on every attempt, retried on a non-2xx answer, a timeout or
// a refused connection on the schedule in schedule.ts. Every attempt goes into the delivery log.
//
// The signature's `t` is the real time, not the sandbox clock: the receiving endpoint checks it against its
// own clock, so advancing the sandbox clock must not make deliveries look stale.
import type { Event } from "../../../../generated/models.ts";
import { signWebhook } from "../../../../src/entry/webhooks-node.ts";
import type { SandboxClock } from "../clock.ts";
import { isoSeconds, newId } from "../ids.ts";
import { ATTEMPT_TIMEOUT_MS, delayBefore } from "./schedule.ts";

export interface DeliveryAttempt {
  id: string;
  event_id: string;
  event_type: string;
  endpoint: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The endpoint's HTTP status, or null when no answer came (refused, reset, timed out). */
  status: number | null;
  ok: boolean;
  error: string | null;
  /** The first bytes of a refusal's body (what the endpoint said), or null. */
  response_excerpt: string | null;
  latency_ms: number;
  /** When the attempt was made, on the sandbox clock. */
  at: string;
  /** When the next attempt is due on the sandbox clock, or null (delivered, or the schedule is used up). */
  next_attempt_at: string | null;
}

export interface Deliverer {
  /** Delivers `event` to each endpoint (the configured ones by default). */
  send(event: Event, endpoints?: readonly string[]): void;
  log(filter?: { event_id?: string | undefined }): DeliveryAttempt[];
  /** The configured endpoints. */
  endpoints(): readonly string[];
  /** Resolves when no attempt is in flight. */
  idle(): Promise<void>;
  /** Aborts the attempts in flight and schedules no more (the sandbox is closing). */
  stop(): void;
}

export function createDeliverer(clock: SandboxClock, secret: () => string, endpoints: () => readonly string[]): Deliverer {
  const attempts: DeliveryAttempt[] = [];
  const inflight = new Set<Promise<void>>();
  // Aborted by stop(): an endpoint that never answers must not keep a closed sandbox sending for 10 s.
  const stopping = new AbortController();

  const attempt = async (event: Event, body: string, endpoint: string, n: number): Promise<void> => {
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    let excerpt: string | null = null;
    // A timer of our own, not AbortSignal.timeout inside AbortSignal.any: the garbage collector may drop that
    // signal before it fires, and the attempt then waited for an answer however late (a slow endpoint's 200
    // after 25 s counted as delivered, at random).
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new DOMException(`no answer within ${ATTEMPT_TIMEOUT_MS} ms`, "TimeoutError")), ATTEMPT_TIMEOUT_MS);
    try {
      const signature = await signWebhook(body, secret(), { timestamp: Math.floor(Date.now() / 1000) });
      const res = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", "x-payconnect-signature": signature, "user-agent": "PayConnect-Sandbox/1.0" },
        body,
        signal: AbortSignal.any([timeout.signal, stopping.signal]),
        redirect: "manual",
      });
      status = res.status;
      // Only the status counts. A refusal's first bytes are kept for the log (they usually say why: a wrong
      // secret, a parsed body); the rest is dropped unread, so an endpoint that streams a huge or endless
      // answer neither holds the attempt until its timeout nor fills the sandbox's memory.
      if (status < 200 || status > 299) {
        error = `the endpoint answered ${status}; only 2xx counts as delivered`;
        excerpt = await firstBytes(res, EXCERPT_BYTES).catch(() => null);
      }
      await res.body?.cancel().catch(() => undefined);
    } catch (e) {
      error = describe(e);
    } finally {
      clearTimeout(timer);
    }
    const ok = error === null;
    const delay = ok ? undefined : delayBefore(n + 1);
    const at = clock.now();
    attempts.push({
      id: newId("dlv_"),
      event_id: event.id,
      event_type: event.type,
      endpoint,
      attempt: n,
      status,
      ok,
      error,
      response_excerpt: excerpt,
      latency_ms: Math.round(performance.now() - started),
      at: isoSeconds(at),
      next_attempt_at: delay === undefined ? null : isoSeconds(at + delay),
    });
    if (delay !== undefined && !stopping.signal.aborted) clock.at(at + delay, () => track(attempt(event, body, endpoint, n + 1)));
  };

  const track = (p: Promise<void>): Promise<void> => {
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
    return p;
  };

  return {
    send(event, to = endpoints()) {
      if (stopping.signal.aborted) return;
      const body = JSON.stringify(event);
      for (const endpoint of to) void track(attempt(event, body, endpoint, 1));
    },
    endpoints,
    log(filter = {}) {
      return attempts.filter((a) => filter.event_id === undefined || a.event_id === filter.event_id);
    },
    async idle() {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
    stop: () => stopping.abort(),
  };
}

function describe(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string } };
  if (e?.name === "TimeoutError") return `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`;
  if (e?.cause?.code === "ECONNREFUSED") return "connection refused";
  if (e?.cause?.code === "UND_ERR_SOCKET" || e?.cause?.code === "ECONNRESET") return "the endpoint closed the connection without answering (did it crash?)";
  if (typeof e?.cause?.code === "string") return `network error ${e.cause.code}`;
  return "network error";
}

const EXCERPT_BYTES = 300;

/** Up to `limit` bytes of the body as text, without waiting for the rest. */
async function firstBytes(res: Response, limit: number): Promise<string | null> {
  const reader = res.body?.getReader();
  if (reader === undefined) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await reader.cancel().catch(() => undefined);
  const text = Buffer.concat(chunks).subarray(0, limit).toString("utf8").trim();
  return text === "" ? null : text;
}
