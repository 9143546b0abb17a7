// The `payconnect` command line: its options, and errors that say what was meant.
import { parseArgs } from "node:util";
import { FAULTS } from "../faults.ts";

export class UsageError extends Error {
  exitCode = 1;
}
/** A failure that is not a usage mistake (the sandbox refused, or is not there): no usage text after it. */
export class CliError extends Error {
  /** The process exit code: 1, or 2 for a conformance run that could not start or go on. */
  exitCode = 1;
}

export const USAGE = `Usage:
  payconnect sandbox [--port 4242] [--forward-to URL]... [--secret-key sk_test_…] [--webhook-secret whsec_…]
                     [--rate-limit 100] [--merchant-name NAME] [--fault NAME]...
  payconnect trigger payment.succeeded|payment.failed|payment.refunded [--forward-to URL] [--sandbox URL]
  payconnect events resend <event_id> [--forward-to URL] [--sandbox URL]
  payconnect conformance --base-url URL [--secret-key sk_…] [--junit FILE] [--json FILE] [--seed N]
                     [--max-examples 2] [--replay CASE_ID] [--spec openapi.yaml] [--skip-rate-limit]
                     [--timeout-ms 10000] [--complete-payment MODULE]

--sandbox defaults to $PAYCONNECT_SANDBOX_URL or http://127.0.0.1:4242. With trigger, --forward-to is an extra
endpoint (the sandbox's own --forward-to endpoints get the event too); with resend, it replaces them.
--fault plants a known server bug, to see a conformance run catch it: ${Object.keys(FAULTS).join(", ")}.
conformance tests a server against the spec; --secret-key defaults to $PAYCONNECT_SECRET_KEY (keep it out of
shell history). Exit code 1 when a case failed, 2 when the run could not start or had to stop; each failure prints
its --replay.`;

const OPTIONS = {
  port: { type: "string" },
  "forward-to": { type: "string", multiple: true },
  "secret-key": { type: "string" },
  "webhook-secret": { type: "string" },
  "rate-limit": { type: "string" },
  "merchant-name": { type: "string" },
  fault: { type: "string", multiple: true },
  sandbox: { type: "string" },
  "base-url": { type: "string" },
  junit: { type: "string" },
  json: { type: "string" },
  seed: { type: "string" },
  "max-examples": { type: "string" },
  replay: { type: "string" },
  spec: { type: "string" },
  "skip-rate-limit": { type: "boolean" },
  "timeout-ms": { type: "string" },
  "complete-payment": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export type CliValues = ReturnType<typeof parse>["values"];

export function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec((error as Error).message)?.[1];
    if (unknown === undefined) throw new UsageError((error as Error).message);
    const guess = closest(unknown.replace(/^-+/, "").split("=")[0]!, Object.keys(OPTIONS));
    throw new UsageError(`unknown option ${unknown}${guess ? ` — did you mean --${guess}?` : ""}`);
  }
  // parseArgs keeps the last of an option given twice: a first value dropped in silence (two --webhook-secret
  // for a rotation rehearsal) must be said instead.
  const given = new Map<string, number>();
  for (const token of parsed.tokens) if (token.kind === "option") given.set(token.name, (given.get(token.name) ?? 0) + 1);
  for (const [name, times] of given) {
    if (times > 1 && !("multiple" in OPTIONS[name as keyof typeof OPTIONS])) {
      throw new UsageError(`--${name} is given ${times} times: it takes one value${name === "webhook-secret" ? " (the sandbox signs with one secret; verifyWebhook takes a list of secrets for a rotation)" : ""}`);
    }
  }
  const { tokens: _tokens, ...rest } = parsed;
  return rest;
}

export function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} takes a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** The startSandbox option an error names, as the flag that sets it. */
const FLAGS: Record<string, string> = { port: "--port", forwardTo: "--forward-to", secretKey: "--secret-key", webhookSecret: "--webhook-secret", rateLimit: "--rate-limit", merchantName: "--merchant-name", faults: "--fault" };

export function asFlags(message: string): string {
  return message.replace(/^startSandbox: (\w+)(\[\d+\])?/, (whole, name: string) => FLAGS[name] ?? whole);
}

/** The known name within edit distance 2 of `given`, if one is. */
function closest(given: string, names: string[]): string | undefined {
  let best: [string, number] | undefined;
  for (const name of names) {
    const d = distance(given.toLowerCase(), name);
    if (d <= 2 && (best === undefined || d < best[1])) best = [name, d];
  }
  return best?.[0];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}
