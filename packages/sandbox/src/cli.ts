#!/usr/bin/env node
// The `payconnect` command: run the sandbox, trigger events, resend an event. `trigger` and `events resend`
// talk to a running sandbox through its /_sandbox/ controls (--sandbox, default http://127.0.0.1:4242).
import { parseArgs } from "node:util";
import { startSandbox } from "./start.ts";

const USAGE = `Usage:
  payconnect sandbox [--port 4242] [--forward-to URL]... [--secret-key sk_test_…] [--webhook-secret whsec_…]
                     [--rate-limit 100] [--merchant-name NAME]
  payconnect trigger payment.succeeded|payment.failed|payment.refunded [--forward-to URL] [--sandbox URL]
  payconnect events resend <event_id> [--forward-to URL] [--sandbox URL]

--sandbox defaults to $PAYCONNECT_SANDBOX_URL or http://127.0.0.1:4242.`;

const OPTIONS = {
  port: { type: "string" },
  "forward-to": { type: "string", multiple: true },
  "secret-key": { type: "string" },
  "webhook-secret": { type: "string" },
  "rate-limit": { type: "string" },
  "merchant-name": { type: "string" },
  sandbox: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

class UsageError extends Error {}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

async function control(base: string, path: string, body: unknown): Promise<Record<string, any>> {
  let res: Response;
  try {
    res = await fetch(new URL(path, base), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    throw new UsageError(`no sandbox answers at ${base}: start one with \`payconnect sandbox\`, or pass --sandbox URL`);
  }
  const json = (await res.json().catch(() => ({}))) as Record<string, any>;
  if (!res.ok) throw new UsageError(json.error?.message ?? `the sandbox answered ${res.status}`);
  return json;
}

async function serve(values: Record<string, any>): Promise<void> {
  const sandbox = await startSandbox({
    port: integer(values.port, "port") ?? 4242,
    forwardTo: values["forward-to"] ?? [],
    ...(values["secret-key"] !== undefined && { secretKey: values["secret-key"] }),
    ...(values["webhook-secret"] !== undefined && { webhookSecret: values["webhook-secret"] }),
    ...(values["rate-limit"] !== undefined && { rateLimit: integer(values["rate-limit"], "rate-limit") }),
    ...(values["merchant-name"] !== undefined && { merchantName: values["merchant-name"] }),
  });
  const forward: string[] = values["forward-to"] ?? [];
  console.log(`PayConnect sandbox listening on ${sandbox.url}

  PAYCONNECT_BASE_URL=${sandbox.url}
  PAYCONNECT_SECRET_KEY=${sandbox.secretKey}
  PAYCONNECT_WEBHOOK_SECRET=${sandbox.webhookSecret}

Webhooks: ${forward.length > 0 ? forward.join(", ") : "no endpoint (pass --forward-to URL)"}
Confirmation pages: ${sandbox.url}/checkout/<payment id> · controls: ${sandbox.url}/_sandbox/status
Test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined (the page lists them all). Ctrl-C stops it.`);
  let seen = 0;
  const report = setInterval(() => {
    for (const d of sandbox.deliveries().slice(seen)) {
      console.log(`${d.at} ${d.event_type} ${d.event_id} → ${d.endpoint} attempt ${d.attempt}: ${d.ok ? d.status : d.error}${d.next_attempt_at ? ` (next attempt ${d.next_attempt_at})` : ""}`);
      seen++;
    }
  }, 250);
  const stop = () => {
    clearInterval(report);
    void sandbox.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const base = values.sandbox ?? process.env.PAYCONNECT_SANDBOX_URL ?? "http://127.0.0.1:4242";
  const forward = values["forward-to"]?.[0];
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") return void console.log(USAGE);
  if (command === "sandbox" && rest.length === 0) return serve(values);
  if (command === "trigger" && rest.length === 1) {
    const sent = await control(base, "/_sandbox/trigger", { type: rest[0], ...(forward && { forward_to: forward }) });
    return void console.log(`${sent.event.type} ${sent.event.id} (payment ${sent.event.data.object.id}) sent to ${sent.endpoints.join(", ") || "no endpoint: pass --forward-to URL"}`);
  }
  if (command === "events" && rest[0] === "resend" && rest.length === 2) {
    const sent = await control(base, `/_sandbox/events/${encodeURIComponent(rest[1]!)}/resend`, forward ? { forward_to: forward } : {});
    return void console.log(`${sent.event.type} ${sent.event.id} sent again to ${sent.endpoints.join(", ")}`);
  }
  throw new UsageError(`unknown command: payconnect ${positionals.join(" ")}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") || error instanceof TypeError ? (error as Error).message : String(error);
  console.error(`payconnect: ${message}\n\n${USAGE}`);
  process.exit(1);
});
