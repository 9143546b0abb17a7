// A misspelt option (`baseURL`, `idempotencykey`) would otherwise be ignored silently — sending live requests
// to the default URL, or creating a second payment on retry without the caller's key. Unknown names are refused.
import type { PayConnectOptions, RequestOptions } from "./options.js";

// `Record<keyof …, true>`: adding an option to the interface without listing it here is a type error.
// Stryker disable BooleanLiteral: only the keys are read; a value of false would change nothing.
const CLIENT: Record<keyof PayConnectOptions, true> = {
  secretKey: true, baseUrl: true, allowInsecureConnection: true, scope: true, maxRetries: true, timeoutMs: true, totalTimeoutMs: true, logger: true,
  logLevel: true, httpAgent: true, validateRequests: true, tokenRefreshMarginSec: true, fetch: true, shared: true, now: true, sleep: true,
};
const REQUEST: Record<keyof RequestOptions, true> = { idempotencyKey: true, signal: true, timeoutMs: true, totalTimeoutMs: true, headers: true };
// Stryker restore BooleanLiteral

/** Names other SDKs use for the same thing. */
const ALIASES: Record<string, string> = { store: "shared", ratelimit: "shared", apikey: "secretKey", key: "secretKey", agent: "httpAgent", retries: "maxRetries", abortsignal: "signal", header: "headers", validate: "validateRequests" };

/** The first unknown option of `given`, with a sentence naming it (and the known one it most likely meant). */
export function unknownOption(given: object, kind: "client" | "request"): { name: string; message: string } | undefined {
  const known = Object.keys(kind === "client" ? CLIENT : REQUEST);
  const name = Object.keys(given).find((key) => !known.includes(key));
  if (name === undefined) return undefined;
  const meant = known.find((key) => key.toLowerCase() === name.toLowerCase().replace(/[-_]/g, "")) ?? ALIASES[name.toLowerCase().replace(/[-_]/g, "")] ??
    // A known name sharing all but the last letter of the shorter one (`timeout` → `timeoutMs`, `maxRetry`, `logLevels`).
    known.find((key) => Math.min(key.length, name.length) >= 4 && commonPrefix(key.toLowerCase(), name.toLowerCase()) >= Math.min(key.length, name.length) - 1);
  return { name, message: `unknown option \`${name}\`${meant ? ` — did you mean \`${meant}\`?` : "."} Known options: ${known.join(", ")}.` };
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}
