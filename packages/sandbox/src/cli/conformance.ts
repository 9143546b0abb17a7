// `payconnect conformance`: runs the conformance cases against a server, prints each case as it finishes and the
// summary, writes --junit / --json, and exits 1 when any case failed. A run that cannot start or go on (the
// spec, the server, the key) exits 2 with one message, never a stack — after writing the reports of what ran.
import { accessSync, constants, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { CompletePayment } from "../conformance/case.ts";
import { ConformanceSetupError } from "../conformance/http.ts";
import { runConformance } from "../conformance/run.ts";
import { formatSummary, toJUnit, toJson } from "../conformance/report.ts";
import { type CliValues, CliError, UsageError, integer } from "./args.ts";

export async function conformance(values: CliValues, print: (line: string) => void): Promise<number> {
  const baseUrl = values["base-url"] ?? process.env.PAYCONNECT_BASE_URL;
  if (baseUrl === undefined) throw new UsageError("payconnect conformance needs --base-url URL (or $PAYCONNECT_BASE_URL): the server to test");
  const secretKey = values["secret-key"] ?? process.env.PAYCONNECT_SECRET_KEY;
  if (secretKey === undefined) throw new UsageError("payconnect conformance needs the secret key: set $PAYCONNECT_SECRET_KEY (or pass --secret-key)");
  const seed = integer(values.seed, "seed");
  const maxExamples = integer(values["max-examples"], "max-examples");
  const timeoutMs = integer(values["timeout-ms"], "timeout-ms");
  const completePayment = values["complete-payment"] === undefined ? undefined : await loadHook(values["complete-payment"]);
  // Found before the run, not after minutes of it.
  if (values.junit !== undefined) writable(values.junit, "--junit");
  if (values.json !== undefined) writable(values.json, "--json");
  let report;
  try {
    report = await runConformance({
      baseUrl, secretKey,
      ...(seed === undefined ? {} : { seed }),
      ...(maxExamples === undefined ? {} : { maxExamples }),
      ...(values.replay === undefined ? {} : { replay: values.replay }),
      ...(values.spec === undefined ? {} : { spec: values.spec }),
      ...(values["skip-rate-limit"] === true ? { rateLimit: false } : {}),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(completePayment === undefined ? {} : { completePayment }),
      onCase: (c) => print(`${c.outcome === "passed" ? "✓" : c.outcome === "failed" ? "✗" : "-"} ${c.id}`),
    });
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith("runConformance: ")) throw new UsageError(error.message.replace(/^runConformance: /, ""));
    if (error instanceof ConformanceSetupError) throw new CliError(`conformance: ${error.message}`);
    throw error;
  }
  print("");
  print(formatSummary(report));
  if (values.junit !== undefined) write(values.junit, "--junit", toJUnit(report));
  if (values.json !== undefined) write(values.json, "--json", toJson(report));
  if (report.stopped !== undefined) throw new CliError(`conformance stopped: ${report.stopped}`);
  return report.ok ? 0 : 1;
}

/** --complete-payment: an ES module whose default export (or `completePayment` export) pays a pending payment. */
async function loadHook(path: string): Promise<CompletePayment> {
  let module: { default?: unknown; completePayment?: unknown };
  try {
    module = (await import(pathToFileURL(resolve(path)).href)) as typeof module;
  } catch (error) {
    throw new CliError(`--complete-payment ${path} cannot be loaded: ${String((error as Error)?.message ?? error).split("\n")[0]}`);
  }
  const hook = module.default ?? module.completePayment;
  if (typeof hook !== "function") throw new CliError(`--complete-payment ${path} must export a function (default export, or completePayment) that takes a payment id and pays it`);
  return hook as CompletePayment;
}

function writable(path: string, flag: string): void {
  const file = resolve(path);
  const why = (() => {
    try {
      if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return "it is a directory";
      if (!statSync(dirname(file), { throwIfNoEntry: false })?.isDirectory()) return `${dirname(file)} is not a directory`;
      accessSync(dirname(file), constants.W_OK);
      return undefined;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? String(error);
    }
  })();
  if (why !== undefined) throw new CliError(`${flag} ${path} cannot be written (${why}); pass a file in a directory that exists`);
}

function write(path: string, flag: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new CliError(`${flag} ${path} cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); the summary above has the results`);
  }
}
