// runConformance's options, checked before anything is sent, with errors that say what to pass.
import type { CaseResult, CompletePayment } from "./case.ts";

export interface ConformanceOptions {
  /** The server under test, e.g. https://staging.example.com or a sandbox's url. */
  baseUrl: string;
  /** The secret key the token exchange takes (sk_test_… on the sandbox). Never printed. */
  secretKey: string;
  /** An OpenAPI file to test against instead of the spec bundled with this package. */
  spec?: string | undefined;
  /** Inputs are drawn from this seed; the same seed sends the same requests. Default: random (printed). */
  seed?: number | undefined;
  /** Generated valid requests per operation. Default 2 (DEFAULT_MAX_EXAMPLES). */
  maxExamples?: number | undefined;
  /** Run only the case with this id (from a report), with the report's seed. */
  replay?: string | undefined;
  /** Spend the rate budget to check 429 + Retry-After (last). Default true. */
  rateLimit?: boolean | undefined;
  /** Per-request timeout. Default 10 000 ms. */
  timeoutMs?: number | undefined;
  /** Pays a pending payment (for the refund and lifecycle cases); on the sandbox its controls are used by themselves. */
  completePayment?: CompletePayment | undefined;
  /** Called after each case, e.g. to print progress. */
  onCase?: (result: CaseResult) => void | undefined;
}

export const DEFAULT_MAX_EXAMPLES = 2;

export type ResolvedConformanceOptions = Required<Omit<ConformanceOptions, "spec" | "replay" | "completePayment" | "onCase">> & Pick<ConformanceOptions, "spec" | "replay" | "completePayment" | "onCase">;

const KNOWN = new Set(["baseUrl", "secretKey", "spec", "seed", "maxExamples", "replay", "rateLimit", "timeoutMs", "completePayment", "onCase"]);

const fail = (message: string): never => {
  throw new TypeError(`runConformance: ${message}`);
};

export function resolveConformanceOptions(options: ConformanceOptions): ResolvedConformanceOptions {
  if (typeof options !== "object" || options === null) fail("pass an options object: { baseUrl, secretKey }");
  for (const key of Object.keys(options)) if (!KNOWN.has(key)) fail(`unknown option ${key}; the options are ${[...KNOWN].join(", ")}`);
  const { baseUrl, secretKey } = options;
  if (typeof baseUrl !== "string" || !/^https?:\/\/[^/]/.test(baseUrl) || !URL.canParse(baseUrl)) fail(`baseUrl must be the server's http(s):// URL, got ${JSON.stringify(baseUrl)}`);
  if (new URL(baseUrl).username !== "" || new URL(baseUrl).password !== "") fail("baseUrl must not carry a user name or password; pass the key as secretKey");
  // Paths are appended to it: a query or fragment would swallow them (and may hold what should not be printed).
  if (/[?#]/.test(baseUrl)) fail("baseUrl must not have a query or fragment: pass the server's base, e.g. https://api.example.com");
  if (typeof secretKey !== "string" || !/^sk_(test|live)_[A-Za-z0-9]+$/.test(secretKey)) fail("secretKey must be a PayConnect secret key (sk_test_…); its value is not shown here");
  // A run creates payments and refunds, and spends the rate budget: never with real money.
  if (secretKey.startsWith("sk_live_")) fail("a run creates payments and refunds: use a test key (sk_test_…), never a live one; its value is not shown here");
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed) || seed < 0) fail(`seed must be a whole number ≥ 0, got ${String(seed)}`);
  const maxExamples = options.maxExamples ?? DEFAULT_MAX_EXAMPLES;
  if (!Number.isInteger(maxExamples) || maxExamples < 0 || maxExamples > 1000) fail(`maxExamples must be a whole number from 0 to 1000, got ${String(maxExamples)}`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 300_000) fail(`timeoutMs must be a whole number of milliseconds from 1 to 300000, got ${String(timeoutMs)}`);
  if (options.replay !== undefined && typeof options.replay !== "string") fail("replay must be a case id from a report, e.g. \"negative/createPayment/body/amount/minimum\"");
  if (options.completePayment !== undefined && typeof options.completePayment !== "function") fail("completePayment must be a function (paymentId, outcome) => Promise<void>");
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""), secretKey, seed, maxExamples, timeoutMs, rateLimit: options.rateLimit ?? true,
    ...(options.spec === undefined ? {} : { spec: options.spec }),
    ...(options.replay === undefined ? {} : { replay: options.replay }),
    ...(options.completePayment === undefined ? {} : { completePayment: options.completePayment }),
    ...(options.onCase === undefined ? {} : { onCase: options.onCase }),
  };
}
