// A misspelt option (`baseURL`, `idempotencykey`) would otherwise be ignored silently — sending live requests
// to the default URL, or creating a second payment on retry without the caller's key. Unknown names are refused.
import type { PayConnectOptions, RequestOptions } from "./options.js";

// `Record<keyof …, true>`: adding an option to the interface without listing it here is a type error.
const CLIENT: Record<keyof PayConnectOptions, true> = {
  secretKey: true, baseUrl: true, scope: true, maxRetries: true, timeoutMs: true, totalTimeoutMs: true, logger: true,
  logLevel: true, httpAgent: true, validateRequests: true, tokenRefreshMarginSec: true, fetch: true, now: true, sleep: true,
};
const REQUEST: Record<keyof RequestOptions, true> = { idempotencyKey: true, signal: true, timeoutMs: true, totalTimeoutMs: true, headers: true };

/** A sentence naming the first unknown option of `given` (and the known one it most likely meant), or undefined. */
export function unknownOption(given: object, kind: "client" | "request"): string | undefined {
  const known = Object.keys(kind === "client" ? CLIENT : REQUEST);
  const name = Object.keys(given).find((key) => !known.includes(key));
  if (name === undefined) return undefined;
  const meant = known.find((key) => key.toLowerCase() === name.toLowerCase().replace(/[-_]/g, ""));
  return `unknown option \`${name}\`${meant ? ` — did you mean \`${meant}\`?` : "."} Known options: ${known.join(", ")}.`;
}
