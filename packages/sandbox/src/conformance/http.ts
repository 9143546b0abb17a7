// The runner's HTTP side: one request at a time to the server under test, each kept as an exchange for the
// report with credentials masked. Access tokens come from the spec's token operation with the secret key. A 429
// met outside the rate-limit check is the server pacing us, not a finding: the request waits Retry-After (at most
// twice) and is sent again, and the pause is counted. A server that stops answering, or keeps answering 429,
// stops the run (ConformanceSetupError: the run returns what it has, `stopped`) instead of costing a timeout or
// two waits per remaining request.
import { parseRetryAfterMs } from "../../../../src/transport/retry-timing.ts";
import { Masker } from "./mask.ts";
import { Unanswered, noAnswer } from "./no-answer.ts";
import { readBody } from "./read-body.ts";
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
/** Requests in a row without an answer (refused, reset, timed out) after which the run stops. */
const MAX_SILENT = 3;

export class ConformanceHttp {
  readonly stats: HttpStats = { requests: 0, rateLimitWaits: 0, rateLimitWaitMs: 0 };
  /** How a 429 is waited out: real time, or (on the sandbox) its clock moved forward. */
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms));
  /** Whether `wait` costs real time: only then does a 429 that outlasts the waits stop the run. */
  waitsTakeTime = true;
  #token: string | undefined;
  #silent = 0;
  /** The secret key and every access token a response carried (the runner's own, and any a case asked for). */
  readonly masker: Masker;
  readonly #base: string;
  readonly #tokenBody: unknown;
  readonly #tokenPath: string;
  readonly #timeoutMs: number;

  constructor(options: { baseUrl: string; secretKey: string; spec: ConformanceSpec; timeoutMs: number; tokenBody: unknown }) {
    this.#base = options.baseUrl.replace(/\/+$/, "");
    this.masker = new Masker(options.secretKey);
    this.#timeoutMs = options.timeoutMs;
    this.#tokenBody = options.tokenBody;
    const tokenOp = options.spec.operations.find((o) => o.security.includes("secretKey"));
    if (tokenOp === undefined) throw new Error("the spec has no operation secured by secretKey (the token exchange)");
    this.#tokenPath = tokenOp.path;
  }

  get secretKey(): string {
    return this.masker.secretKey;
  }

  /** A fresh access token (cached); `renew` asks for a new one. */
  async token(renew = false): Promise<string> {
    if (this.#token !== undefined && !renew) return this.#token;
    const ex = await this.send({ method: "POST", path: this.#tokenPath, body: this.#tokenBody, auth: "secret" }).catch((error: unknown) => {
      throw error instanceof Unanswered ? new ConformanceSetupError(`the token exchange got no answer: ${error.message}; check --base-url and that the server is up`) : error;
    });
    const token = (ex.response.json as { access_token?: unknown } | undefined)?.access_token;
    if (ex.response.status >= 300 || typeof token !== "string") {
      const what = ex.response.status >= 300 ? `answered ${ex.response.status}` : `answered ${ex.response.status} without a string access_token`;
      throw new ConformanceSetupError(`the token exchange (POST ${this.#tokenPath} with the secret key) ${what}; check --secret-key and --base-url`, this.masker.exchange(ex));
    }
    this.#token = token;
    return token;
  }

  async send(req: Send): Promise<Exchange> {
    for (let attempt = 0; ; attempt++) {
      const ex = await this.#once(req);
      if (ex.response.status !== 429 || req.acceptRateLimit === true) return ex;
      if (attempt === 2 && !this.waitsTakeTime) return ex; // the response checks judge it (e.g. a 429 without Retry-After)
      if (attempt === 2) throw new ConformanceSetupError(`${this.#base} still answers 429 after the runner waited out Retry-After twice (${req.method.toUpperCase()} ${req.path}); the run stops — run it again when the server's rate limit allows`);
      // Seconds or an HTTP date, read as the SDK reads it; anything else (or a date in the past) waits 1 s.
      const waitMs = Math.min(MAX_WAIT_MS, Math.max(1000, parseRetryAfterMs(ex.response.headers["retry-after"], Date.now()) ?? 1000));
      this.stats.rateLimitWaits += 1;
      this.stats.rateLimitWaitMs += waitMs;
      await this.wait(waitMs);
    }
  }

  async #once(req: Send): Promise<Exchange> {
    const headers: Record<string, string> = { accept: "application/json", ...req.headers };
    const auth = req.auth ?? "token";
    if (auth === "token") headers.authorization = `Bearer ${await this.token()}`;
    else if (auth === "secret") headers.authorization = `Bearer ${this.masker.secretKey}`;
    else if (typeof auth === "object") headers.authorization = `Bearer ${auth.bearer}`;
    let body: string | undefined;
    if (req.body !== undefined) {
      body = req.body instanceof RawBody ? req.body.text : JSON.stringify(req.body);
      headers["content-type"] ??= "application/json";
    }
    const search = new URLSearchParams(req.query ?? {}).toString();
    const url = `${this.#base}${req.path}${search ? `?${search}` : ""}`;
    const started = performance.now();
    const sent = new Headers(headers); // throws a TypeError for a header value HTTP cannot carry (some negative cases)
    this.stats.requests += 1;
    let res: Response;
    let text: string;
    try {
      const signal = AbortSignal.timeout(this.#timeoutMs);
      res = await fetch(url, { method: req.method.toUpperCase(), headers: sent, body, redirect: "manual", signal });
      text = await readBody(res);
    } catch (error) {
      this.#silent += 1;
      const what = `${req.method.toUpperCase()} ${this.masker.text(url)}: ${noAnswer(error, this.#timeoutMs)}`;
      if (this.#silent >= MAX_SILENT) throw new ConformanceSetupError(`${this.#base} stopped answering (${MAX_SILENT} requests in a row, the last ${what}); the run stops — check --base-url and that the server is up`);
      throw new Unanswered(what);
    }
    this.#silent = 0;
    let json: unknown;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const issued = (json as { access_token?: unknown } | undefined)?.access_token;
    if (typeof issued === "string") this.masker.add(issued);
    return {
      request: { method: req.method.toUpperCase(), url: this.masker.text(url), headers: this.masker.headers(headers), ...(body === undefined ? {} : { body: this.masker.text(body) }) },
      response: { status: res.status, headers: this.masker.headers(Object.fromEntries(res.headers)), body: this.masker.text(text), json },
      ms: performance.now() - started,
    };
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
