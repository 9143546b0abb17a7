// The runner's HTTP side: one request at a time to the server under test, each kept as an exchange for the
// report with credentials masked. Access tokens come from the spec's token operation with the secret key. A 429
// met outside the rate-limit check is the server pacing us, not a finding: the request waits Retry-After (at most
// twice) and is sent again, and the pause is counted.
import type { ConformanceSpec } from "./spec.ts";

export interface Exchange {
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  response: { status: number; headers: Record<string, string>; body: string; json: unknown };
  ms: number;
}

export type Auth = "token" | "secret" | "none" | { bearer: string };

export interface Send {
  method: string;
  /** Path with parameters already filled in, e.g. `/v1/payments/pay_1`. */
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** A value to send as JSON, or a RawBody to send text as it is. */
  body?: unknown;
  auth?: Auth;
  /** Do not wait out a 429 (the rate-limit check wants to see it). */
  acceptRateLimit?: boolean;
}

export interface HttpStats {
  requests: number;
  rateLimitWaits: number;
  rateLimitWaitMs: number;
}

const MAX_WAIT_MS = 65_000;

export class ConformanceHttp {
  readonly stats: HttpStats = { requests: 0, rateLimitWaits: 0, rateLimitWaitMs: 0 };
  /** How a 429 is waited out: real time, or (on the sandbox) its clock moved forward. */
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms));
  #token: string | undefined;
  /** Every access token a response carried (the runner's own, and any a case asked for): masked in reports. */
  readonly #tokens = new Set<string>();
  readonly #base: string;
  readonly #secretKey: string;
  readonly #tokenBody: unknown;
  readonly #tokenPath: string;
  readonly #timeoutMs: number;

  constructor(options: { baseUrl: string; secretKey: string; spec: ConformanceSpec; timeoutMs: number; tokenBody: unknown }) {
    this.#base = options.baseUrl.replace(/\/+$/, "");
    this.#secretKey = options.secretKey;
    this.#timeoutMs = options.timeoutMs;
    this.#tokenBody = options.tokenBody;
    const tokenOp = options.spec.operations.find((o) => o.security.includes("secretKey"));
    if (tokenOp === undefined) throw new Error("the spec has no operation secured by secretKey (the token exchange)");
    this.#tokenPath = tokenOp.path;
  }

  get secretKey(): string {
    return this.#secretKey;
  }

  /** A fresh access token (cached); `renew` asks for a new one. */
  async token(renew = false): Promise<string> {
    if (this.#token !== undefined && !renew) return this.#token;
    const ex = await this.send({ method: "POST", path: this.#tokenPath, body: this.#tokenBody, auth: "secret" });
    const token = (ex.response.json as { access_token?: unknown } | undefined)?.access_token;
    if (ex.response.status >= 300 || typeof token !== "string") {
      throw new ConformanceSetupError(`the token exchange (POST ${this.#tokenPath} with the secret key) answered ${ex.response.status}; check --secret-key and --base-url`, ex);
    }
    this.#token = token;
    return token;
  }

  async send(req: Send): Promise<Exchange> {
    for (let attempt = 0; ; attempt++) {
      const ex = await this.#once(req);
      if (ex.response.status !== 429 || req.acceptRateLimit === true || attempt === 2) return ex;
      const waitMs = Math.min(MAX_WAIT_MS, Math.max(1, Number(ex.response.headers["retry-after"]) || 1) * 1000);
      this.stats.rateLimitWaits += 1;
      this.stats.rateLimitWaitMs += waitMs;
      await this.wait(waitMs);
    }
  }

  async #once(req: Send): Promise<Exchange> {
    const headers: Record<string, string> = { accept: "application/json", ...req.headers };
    const auth = req.auth ?? "token";
    if (auth === "token") headers.authorization = `Bearer ${await this.token()}`;
    else if (auth === "secret") headers.authorization = `Bearer ${this.#secretKey}`;
    else if (typeof auth === "object") headers.authorization = `Bearer ${auth.bearer}`;
    let body: string | undefined;
    if (req.body !== undefined) {
      body = req.body instanceof RawBody ? req.body.text : JSON.stringify(req.body);
      headers["content-type"] ??= "application/json";
    }
    const search = new URLSearchParams(req.query ?? {}).toString();
    const url = `${this.#base}${req.path}${search ? `?${search}` : ""}`;
    const started = performance.now();
    this.stats.requests += 1;
    const res = await fetch(url, { method: req.method.toUpperCase(), headers, body, redirect: "manual", signal: AbortSignal.timeout(this.#timeoutMs) });
    const text = await res.text();
    let json: unknown;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const issued = (json as { access_token?: unknown } | undefined)?.access_token;
    if (typeof issued === "string" && issued.length > 0) this.#tokens.add(issued);
    return {
      request: { method: req.method.toUpperCase(), url, headers: this.mask(headers), ...(body === undefined ? {} : { body: this.maskText(body) }) },
      response: { status: res.status, headers: Object.fromEntries(res.headers), body: this.maskText(text), json },
      ms: performance.now() - started,
    };
  }

  /** Credentials never reach a report: the secret key and access tokens are named, not shown. */
  mask(headers: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) out[k] = k.toLowerCase() === "authorization" ? this.#maskAuthorization(v) : this.maskText(v);
    return out;
  }

  #maskAuthorization(value: string): string {
    const credential = value.replace(/^Bearer\s+/i, "");
    if (credential === this.#secretKey) return "Bearer <the secret key>";
    if (this.#tokens.has(credential)) return "Bearer <an access token>";
    return `Bearer ${this.maskText(credential)}`;
  }

  maskText(text: string): string {
    let out = text.replaceAll(this.#secretKey, "<the secret key>");
    for (const token of this.#tokens) out = out.replaceAll(token, "<an access token>");
    return out;
  }
}

export class ConformanceSetupError extends Error {
  constructor(message: string, readonly exchange?: Exchange) {
    super(message);
    this.name = "ConformanceSetupError";
  }
}

/** A request body sent as this text (not JSON-encoded): malformed JSON, for example. */
export class RawBody {
  constructor(readonly text: string) {}
}
