// One conformance case: a named sequence of requests and the checks made on them. Every response is held to the
// spec (check-response.ts) as it arrives; a case adds its own checks with `check()`. What a case saw is kept for
// the report, so a failure shows the requests that led to it.
import { type Problem, RESPONSE_CHECKS, responseProblems } from "./check-response.ts";
import type { Auth, ConformanceHttp, Exchange } from "./http.ts";
import type { ConformanceSpec, SpecOperation } from "./spec.ts";
import type { SchemaChecker } from "./validate.ts";

export type Group = "positive" | "negative" | "stateful" | "cross-cutting";

export interface Failure extends Problem {
  operationId: string;
  /** The index in the case's exchanges of the response the failure is about (the last one when it was found). */
  exchange?: number;
}

export interface CaseResult {
  id: string;
  group: Group;
  operationId: string;
  title: string;
  outcome: "passed" | "failed" | "skipped";
  failures: Failure[];
  /** Names of the checks this case ran, once each. */
  checks: string[];
  /** How many times a check was evaluated (a response check counts once per response). */
  evaluations: number;
  exchanges: Exchange[];
  skipped?: string;
  ms: number;
}

export interface Call {
  pathParams?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  auth?: Auth;
  acceptRateLimit?: boolean;
}

export class Skip extends Error {}

/** The operationId of a case about no operation of the spec (an unknown route). */
export const NO_OPERATION = "(none)";

export class CaseContext {
  readonly failures: Failure[] = [];
  readonly exchanges: Exchange[] = [];
  readonly checks = new Set<string>();
  evaluations = 0;

  constructor(readonly spec: ConformanceSpec, readonly http: ConformanceHttp, readonly schemas: SchemaChecker, readonly seed: number, readonly completePayment: CompletePayment | undefined) {}

  op(operationId: string): SpecOperation {
    const op = this.spec.byId.get(operationId);
    if (op === undefined) throw new Error(`the spec has no operation ${operationId}`);
    return op;
  }

  /** Sends one request of `op`, records it, and holds the response to the spec. */
  async call(op: SpecOperation, call: Call = {}): Promise<Exchange> {
    const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(call.pathParams?.[name] ?? ""));
    const auth = call.auth ?? (op.security.includes("secretKey") ? "secret" : op.security.length === 0 ? "none" : "token");
    const ex = await this.http.send({ method: op.method, path, query: call.query, headers: call.headers, body: call.body, auth, acceptRateLimit: call.acceptRateLimit });
    this.exchanges.push(ex);
    for (const name of RESPONSE_CHECKS) this.checks.add(name);
    this.evaluations += RESPONSE_CHECKS.length;
    for (const p of responseProblems(op, ex, this.schemas)) this.failures.push({ ...p, operationId: op.operationId, exchange: this.exchanges.length - 1 });
    return ex;
  }

  /** Records one evaluation of `check`; a false `ok` is a failure of `operationId` with `message`. */
  check(check: string, operationId: string, ok: boolean, message: string): boolean {
    this.checks.add(check);
    this.evaluations += 1;
    if (!ok) this.failures.push({ check, operationId, message, ...(this.exchanges.length > 0 ? { exchange: this.exchanges.length - 1 } : {}) });
    return ok;
  }

  skip(reason: string): never {
    throw new Skip(reason);
  }
}

/** Pays a pending payment on the server under test (the sandbox's controls, or a hook for another server). */
export type CompletePayment = (paymentId: string) => Promise<void>;

export interface Case {
  id: string;
  group: Group;
  operationId: string;
  title: string;
  run(ctx: CaseContext): Promise<void>;
}
