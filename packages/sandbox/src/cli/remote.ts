// `payconnect trigger` and `payconnect events resend`: ask a running sandbox through its /_sandbox/ controls,
// then wait for the first delivery attempt to each endpoint and say how it went.
import { CliError } from "./args.ts";
import { inertText } from "../inert-text.ts";

type Json = Record<string, any>;

const WAIT_MS = 12_000; // one attempt's 10 s timeout, and some

async function call(base: string, method: string, path: string, body?: unknown): Promise<Json> {
  let res: Response;
  try {
    res = await fetch(new URL(path, base), {
      method,
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
  } catch {
    throw new CliError(`no sandbox answers at ${base}: start one with \`payconnect sandbox\`, or pass --sandbox URL`);
  }
  const json = (await res.json().catch(() => undefined)) as Json | undefined;
  if (json?.error?.message) throw new CliError(json.error.message);
  if (!res.ok || json === undefined) throw new CliError(`${base} is not a PayConnect sandbox (it answered ${res.status} to ${path}); pass the sandbox's URL with --sandbox`);
  return json;
}

export function checkUrl(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\//.test(value) || !URL.canParse(value)) throw new CliError(`${flag} must be an http:// or https:// URL, got ${JSON.stringify(value)}`);
  return value;
}

/** Prints each event and the first attempt to each endpoint; true when every one was delivered. */
async function report(base: string, events: Json[], endpoints: string[], print: (line: string) => void): Promise<boolean> {
  let delivered = true;
  for (const event of events) {
    print(`${event.type} ${event.id} (payment ${event.data?.object?.id})`);
    if (endpoints.length === 0) {
      print("  not delivered: the sandbox has no webhook endpoint; restart it with --forward-to URL, or pass --forward-to here");
      delivered = false;
    }
    for (const endpoint of endpoints) {
      const first = await firstAttempt(base, event.id, endpoint);
      if (first === undefined) print(`  → ${endpoint}: no answer yet after ${WAIT_MS / 1000} s (see the sandbox's log)`);
      else if (first.ok) print(`  → ${endpoint}: delivered (${first.status})`);
      else print(`  → ${endpoint}: ${first.error}${first.response_excerpt ? `: ${oneLine(first.response_excerpt)}` : ""}${first.next_attempt_at ? `; retrying at ${first.next_attempt_at} (sandbox clock)` : ""}`);
      delivered &&= first?.ok === true;
    }
  }
  return delivered;
}

async function firstAttempt(base: string, eventId: string, endpoint: string): Promise<Json | undefined> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const log = await call(base, "GET", `/_sandbox/deliveries?event_id=${encodeURIComponent(eventId)}`);
    // The most recent attempt to this endpoint: a resend is a new attempt 1 after the old ones.
    const found = (log.data as Json[]).filter((d) => d.endpoint === endpoint).at(-1);
    if (found !== undefined || Date.now() > until) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function triggerEvent(base: string, type: string, forwardTo: string | undefined, print: (line: string) => void): Promise<boolean> {
  const sent = await call(base, "POST", "/_sandbox/trigger", { type, ...(forwardTo !== undefined && { forward_to: forwardTo }) });
  return report(base, sent.events ?? [sent.event], sent.endpoints, print);
}

export async function resendEvent(base: string, eventId: string, forwardTo: string | undefined, print: (line: string) => void): Promise<boolean> {
  const before = await call(base, "GET", `/_sandbox/deliveries?event_id=${encodeURIComponent(eventId)}`);
  const sent = await call(base, "POST", `/_sandbox/events/${encodeURIComponent(eventId)}/resend`, forwardTo !== undefined ? { forward_to: forwardTo } : {});
  // Wait for the new attempts, not the old ones already in the log.
  const seen = (before.data as Json[]).length;
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    const now = await call(base, "GET", `/_sandbox/deliveries?event_id=${encodeURIComponent(eventId)}`);
    if ((now.data as Json[]).length >= seen + sent.endpoints.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return report(base, [sent.event], sent.endpoints, print);
}

/** An endpoint's answer (an HTML error page, a stack trace, escape sequences) on one short, inert line. */
export function oneLine(text: string): string {
  const flat = inertText(text.replace(/\s+/g, " ").trim());
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}
