#!/usr/bin/env node
// The `payconnect` command: run the sandbox, trigger events, resend an event, test a server's conformance. `trigger` and `events resend`
// talk to a running sandbox through its /_sandbox/ controls (--sandbox, default http://127.0.0.1:4242).
import { enums } from "../../../generated/server-table.ts";
import { CliError, USAGE, UsageError, parse } from "./cli/args.ts";
import { checkUrl, resendEvent, triggerEvent } from "./cli/remote.ts";
import { conformance } from "./cli/conformance.ts";
import { serve } from "./cli/serve.ts";
import { inertLines } from "./inert-text.ts";

// Everything printed goes through inertLines: a sandbox named by --sandbox, an endpoint or a provider under test
// chooses much of the text (messages, event types, ids), and must not act on the terminal.
const print = (line: string) => console.log(inertLines(line));

export async function main(argv: string[]): Promise<number> {
  try {
    return await command(argv);
  } catch (error) {
    // For conformance, 1 is the server failing a case; a run that could not start or go on is 2, so CI can tell them apart.
    if (argv[0] === "conformance" && (error instanceof UsageError || error instanceof CliError)) error.exitCode = 2;
    throw error;
  }
}

async function command(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const base = checkUrl(values.sandbox ?? process.env.PAYCONNECT_SANDBOX_URL, values.sandbox ? "--sandbox" : "PAYCONNECT_SANDBOX_URL") ?? "http://127.0.0.1:4242";
  const forward = checkUrl(values["forward-to"]?.[0], "--forward-to");
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") return print(USAGE), 0;
  if (command === "sandbox") {
    if (rest.length > 0) throw new UsageError(`payconnect sandbox takes options only, got ${rest.join(" ")}`);
    await serve(values, print);
    return -1; // keeps running until Ctrl-C
  }
  if (command === "trigger") {
    if (rest.length !== 1) throw new UsageError(`payconnect trigger needs one event type: ${enums.EventType!.join(", ")}`);
    return (await triggerEvent(base, rest[0]!, forward, print)) ? 0 : 1;
  }
  if (command === "events") {
    if (rest[0] !== "resend") throw new UsageError(`payconnect events ${rest[0] ?? ""}: the only events command is \`payconnect events resend <event_id>\``);
    if (rest.length !== 2) throw new UsageError("payconnect events resend needs the event id: payconnect events resend evt_…");
    return (await resendEvent(base, rest[1]!, forward, print)) ? 0 : 1;
  }
  if (command === "conformance") {
    if (rest.length > 0) throw new UsageError(`payconnect conformance takes options only, got ${rest.join(" ")}`);
    return conformance(values, print);
  }
  throw new UsageError(`unknown command ${command}: the commands are sandbox, trigger, events resend and conformance`);
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) console.error(inertLines(`payconnect: ${error.message}`));
    else if (error instanceof UsageError) console.error(inertLines(`payconnect: ${error.message}\n\n${USAGE}`));
    else throw error;
    process.exitCode = error.exitCode;
  },
);
