// `payconnect sandbox`: starts the sandbox, prints what to put in the environment, then one line per event
// and per delivery attempt. Ctrl-C says what is lost (state lives in memory; pending retries are dropped).
import type { FaultName } from "../faults.ts";
import { resolveOptions } from "../options.ts";
import { type Sandbox, startSandbox } from "../start.ts";
import { type CliValues, UsageError, asFlags, integer } from "./args.ts";
import { oneLine } from "./remote.ts";
import { SDK_SNIPPET } from "./sdk-snippet.ts";

export async function serve(values: CliValues, print: (line: string) => void): Promise<void> {
  const options = {
    port: integer(values.port, "port") ?? 4242,
    forwardTo: values["forward-to"] ?? [],
    ...(values["secret-key"] !== undefined && { secretKey: values["secret-key"] }),
    ...(values["webhook-secret"] !== undefined && { webhookSecret: values["webhook-secret"] }),
    ...(values["rate-limit"] !== undefined && { rateLimit: integer(values["rate-limit"], "rate-limit") }),
    ...(values["merchant-name"] !== undefined && { merchantName: values["merchant-name"] }),
    ...(values.fault !== undefined && { faults: values.fault as FaultName[] }),
  };
  let sandbox: Sandbox;
  try {
    resolveOptions(options);
    sandbox = await startSandbox(options);
  } catch (error) {
    if ((error as { code?: string }).code === "EADDRINUSE") {
      throw new UsageError(`port ${options.port} is in use — is another sandbox running? Stop it, or pass --port <n> (0 picks a free port)`);
    }
    throw new UsageError(asFlags((error as Error).message));
  }
  const forward = options.forwardTo;
  print(`PayConnect sandbox listening on ${sandbox.url}

  PAYCONNECT_BASE_URL=${sandbox.url}
  PAYCONNECT_SECRET_KEY=${sandbox.secretKey}
  PAYCONNECT_WEBHOOK_SECRET=${sandbox.webhookSecret}
  PAYCONNECT_SANDBOX_URL=${sandbox.url}     # for payconnect trigger / events resend

Give the SDK both: ${SDK_SNIPPET}.
Webhooks: ${forward.length > 0 ? forward.join(", ") : "no endpoint — events are recorded but not sent (restart with --forward-to URL)"}
Confirmation pages: ${sandbox.url}/checkout/<payment id> · controls: ${sandbox.url}/_sandbox/status
Test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined (the page lists them all).
State lives in memory and the key and secret are new on every start (--secret-key, --webhook-secret keep them).
Times in this log are on the sandbox clock (moved by POST /_sandbox/clock/advance). Ctrl-C stops it.`);
  if (options.faults !== undefined) print(`FAULTS PLANTED — this sandbox breaks the spec on purpose: ${options.faults.join(", ")}`);
  let events = 0;
  let attempts = 0;
  let hinted = false;
  const report = setInterval(() => {
    for (const e of sandbox.events().slice(events)) {
      print(`${e.created_at} ${e.type} ${e.id} for ${e.data.object.id}${forward.length === 0 ? " (not sent: no webhook endpoint)" : ""}`);
      events++;
    }
    for (const d of sandbox.deliveries().slice(attempts)) {
      const outcome = d.ok ? `${d.status} in ${d.latency_ms} ms` : `${d.error}${d.response_excerpt ? `: ${oneLine(d.response_excerpt)}` : ""}`;
      print(`${d.at} ${d.event_type} ${d.event_id} → ${d.endpoint} attempt ${d.attempt}: ${outcome}${d.next_attempt_at ? ` (next attempt ${d.next_attempt_at})` : ""}`);
      if (d.status === 400 && !hinted && /signature/i.test(d.response_excerpt ?? "") && values["webhook-secret"] === undefined) {
        hinted = true;
        print("  hint: the webhook secret is new on every start; give your endpoint the one printed above, or start with --webhook-secret whsec_… to keep one.");
      }
      attempts++;
    }
  }, 250);
  const stop = () => {
    clearInterval(report);
    const pending = pendingRetries(sandbox);
    print(`stopping: ${sandbox.events().length} event(s) and every payment are discarded${pending > 0 ? `; ${pending} delivery(ies) waiting for a retry will not be sent` : ""}.`);
    void sandbox.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

/** Deliveries whose last attempt failed with another one scheduled. */
function pendingRetries(sandbox: Sandbox): number {
  const last = new Map<string, { next_attempt_at: string | null }>();
  for (const d of sandbox.deliveries()) last.set(`${d.event_id} ${d.endpoint}`, d);
  return [...last.values()].filter((d) => d.next_attempt_at !== null).length;
}
