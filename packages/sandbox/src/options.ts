// startSandbox's options, checked up front with errors that say what to pass instead.
import { randomBytes } from "node:crypto";
import { type FaultName, type Faults, checkFaults } from "./faults.ts";

export interface SandboxOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. Default 4242. */
  port?: number;
  /** Webhook endpoint(s) every event is delivered to. */
  forwardTo?: string | readonly string[];
  /** The `sk_test_…` key the token endpoint accepts. Default: a new random key. */
  secretKey?: string;
  /** The `whsec_…` secret deliveries are signed with. Default: a new random secret. */
  webhookSecret?: string;
  /** Requests per window per client IP (the API's documented 100 a minute). */
  rateLimit?: number;
  /** The rate limit's window in whole seconds, fixed windows from the epoch, e.g. 1 to test a client's pacing in
   *  seconds rather than minutes. Default 60 (the API's). */
  rateLimitWindowSec?: number;
  /** The name the confirmation page shows. */
  merchantName?: string;
  /** The URL the sandbox is reached at, when it differs from http://127.0.0.1:<port> (a proxy in front). */
  publicUrl?: string;
  /**
   * Server bugs to plant (names from `FAULTS`), so a conformance run can be shown to catch them. Never for an
   * SDK's own tests: a faulty sandbox breaks the contract on purpose.
   * @default [] (the sandbox follows the spec)
   */
  faults?: readonly FaultName[];
}

export interface ResolvedOptions {
  port: number;
  forwardTo: string[];
  secretKey: string;
  webhookSecret: string;
  rateLimit: number;
  rateLimitWindowSec: number;
  merchantName: string;
  publicUrl: string | undefined;
  faults: Faults;
}

const KNOWN = new Set(["port", "forwardTo", "secretKey", "webhookSecret", "rateLimit", "rateLimitWindowSec", "merchantName", "publicUrl", "faults"]);

const fail = (message: string): never => {
  throw new TypeError(`startSandbox: ${message}`);
};

/** Whether `url` carries a user name or password (`user:pass@host`). */
export function hasCredentials(url: string): boolean {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  return parsed !== undefined && (parsed.username !== "" || parsed.password !== "");
}

function httpUrl(value: unknown, name: string): string {
  if (typeof value !== "string" || !/^https?:\/\//.test(value) || !URL.canParse(value)) {
    fail(`${name} must be an http:// or https:// URL, got ${JSON.stringify(value)}`);
  }
  // fetch cannot send to a URL with credentials, and the URL is shown in the delivery log and /_sandbox/status.
  if (hasCredentials(String(value))) fail(`${name} must not carry a user name or password (user:pass@); the sandbox cannot send them`);
  return String(value);
}

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  for (const key of Object.keys(options)) if (!KNOWN.has(key)) fail(`unknown option ${key}; the options are ${[...KNOWN].join(", ")}`);
  const port = options.port ?? 4242;
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`port must be an integer from 0 to 65535 (0 picks a free port), got ${String(port)}`);
  const secretKey = options.secretKey ?? `sk_test_${randomBytes(18).toString("base64url").replace(/[-_]/g, "x")}`;
  if (!/^sk_test_[A-Za-z0-9]{8,}$/.test(secretKey)) fail("secretKey must be a test key: sk_test_ followed by at least 8 letters or digits (the sandbox never takes sk_live_ keys)");
  const webhookSecret = options.webhookSecret ?? `whsec_${randomBytes(24).toString("base64url").replace(/[-_]/g, "x")}`;
  if (!/^whsec_[\x21-\x7E]{8,}$/.test(webhookSecret)) fail("webhookSecret must be whsec_ followed by at least 8 printable characters");
  const rateLimit = options.rateLimit ?? 100;
  if (!Number.isInteger(rateLimit) || rateLimit < 1) fail(`rateLimit must be a whole number of requests per window ≥ 1, got ${String(rateLimit)}`);
  const rateLimitWindowSec = options.rateLimitWindowSec ?? 60;
  if (!Number.isInteger(rateLimitWindowSec) || rateLimitWindowSec < 1 || rateLimitWindowSec > 3600) fail(`rateLimitWindowSec must be a whole number of seconds from 1 to 3600, got ${String(rateLimitWindowSec)}`);
  const forward = options.forwardTo === undefined ? [] : typeof options.forwardTo === "string" ? [options.forwardTo] : [...options.forwardTo];
  const merchantName = options.merchantName ?? "Sandbox merchant";
  if (typeof merchantName !== "string" || merchantName.length === 0 || merchantName.length > 100) fail("merchantName must be a string of 1 to 100 characters");
  return {
    port,
    forwardTo: forward.map((u, i) => httpUrl(u, `forwardTo[${i}]`)),
    secretKey,
    webhookSecret,
    rateLimit,
    rateLimitWindowSec,
    merchantName,
    publicUrl: options.publicUrl === undefined ? undefined : httpUrl(options.publicUrl, "publicUrl").replace(/\/+$/, ""),
    faults: checkFaults(options.faults, fail),
  };
}
