// `payconnect conformance`: runs the conformance cases against a server, prints each case as it finishes and the
// summary, writes --junit / --json, and exits 1 when any case failed.
import { writeFileSync } from "node:fs";
import { runConformance } from "../conformance/run.ts";
import { formatSummary, toJUnit, toJson } from "../conformance/report.ts";
import { type CliValues, UsageError, integer } from "./args.ts";

export async function conformance(values: CliValues, print: (line: string) => void): Promise<number> {
  const baseUrl = values["base-url"] ?? process.env.PAYCONNECT_BASE_URL;
  if (baseUrl === undefined) throw new UsageError("payconnect conformance needs --base-url URL (or $PAYCONNECT_BASE_URL): the server to test");
  const secretKey = values["secret-key"] ?? process.env.PAYCONNECT_SECRET_KEY;
  if (secretKey === undefined) throw new UsageError("payconnect conformance needs the secret key: set $PAYCONNECT_SECRET_KEY (or pass --secret-key)");
  const seed = integer(values.seed, "seed");
  const maxExamples = integer(values["max-examples"], "max-examples");
  let report;
  try {
    report = await runConformance({
      baseUrl, secretKey,
      ...(seed === undefined ? {} : { seed }),
      ...(maxExamples === undefined ? {} : { maxExamples }),
      ...(values.replay === undefined ? {} : { replay: values.replay }),
      ...(values.spec === undefined ? {} : { spec: values.spec }),
      ...(values["skip-rate-limit"] === true ? { rateLimit: false } : {}),
      onCase: (c) => print(`${c.outcome === "passed" ? "✓" : c.outcome === "failed" ? "✗" : "-"} ${c.id}`),
    });
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith("runConformance: ")) throw new UsageError(error.message.replace(/^runConformance: /, ""));
    throw error;
  }
  print("");
  print(formatSummary(report));
  if (values.junit !== undefined) writeFileSync(values.junit, toJUnit(report));
  if (values.json !== undefined) writeFileSync(values.json, toJson(report));
  return report.ok ? 0 : 1;
}
