// runConformance: every case the spec gives rise to, run one after another against a server, with a report.
// Deterministic for a seed: each case draws its inputs from (seed, case id), so `replay` runs one case alone
// and sees the same inputs.
import type { Case, CaseResult } from "./case.ts";
import { CaseContext, Skip } from "./case.ts";
import { authCases, protocolCases, rateLimitCase } from "./checks/cross-cutting.ts";
import { negativeCases } from "./checks/negative.ts";
import { positiveCases } from "./checks/positive.ts";
import { statefulCases } from "./checks/stateful.ts";
import { ConformanceHttp, ConformanceSetupError } from "./http.ts";
import { Fixtures } from "./inputs.ts";
import { Lifecycle } from "./payments.ts";
import { type ConformanceSpec, loadConformanceSpec } from "./spec.ts";
import { findSandboxControls } from "./sandbox-controls.ts";
import { SchemaChecker } from "./validate.ts";
import { type ConformanceOptions, type ResolvedConformanceOptions, resolveConformanceOptions } from "./options.ts";

export interface ConformanceReport {
  ok: boolean;
  seed: number;
  baseUrl: string;
  /** The spec file the run was given (undefined: the bundled spec). */
  spec?: string;
  maxExamples: number;
  /** Why the run stopped before its last case (the server stopped answering, the key was refused…). */
  stopped?: string;
  cases: CaseResult[];
  requests: number;
  /** Check evaluations in all (a response check counts once per response). */
  checks: number;
  rateLimitWaits: number;
  /** Time spent waiting out 429 answers (on a sandbox its clock moves instead, so about 0). */
  rateLimitWaitMs: number;
  ms: number;
}

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const o = resolveConformanceOptions(options);
  const started = performance.now();
  const { spec, http } = setUp(o);
  const prefix = new URL(o.baseUrl).pathname.replace(/\/+$/, "");
  if (prefix !== "" && spec.operations.some((op) => op.path.startsWith(`${prefix}/`))) {
    throw new TypeError(`runConformance: baseUrl must be the server's root, without ${prefix}: the spec's paths already start with it (${spec.operations[0]!.path})`);
  }
  const schemas = new SchemaChecker();
  const lifecycle = new Lifecycle(spec.document);
  const fixtures = new Fixtures();
  const all: Case[] = [
    ...positiveCases(spec, o.maxExamples, fixtures, schemas),
    ...negativeCases(spec, fixtures, schemas),
    ...statefulCases(lifecycle),
    ...authCases(spec.operations),
    ...protocolCases(),
    ...(o.rateLimit ? [rateLimitCase()] : []),
  ];
  const selected = o.replay === undefined ? all : all.filter((c) => c.id === o.replay);
  if (selected.length === 0) throw new TypeError(`runConformance: no case ${JSON.stringify(o.replay)}; case ids look like ${all.slice(0, 3).map((c) => c.id).join(", ")}`);
  // Only now, with the options known to be good, is the server contacted.
  const controls = await findSandboxControls(o.baseUrl, o.timeoutMs);
  if (controls !== undefined) [http.wait, http.waitsTakeTime] = [controls.advance, false];
  const completePayment = o.completePayment ?? controls?.complete;
  const cases: CaseResult[] = [];
  let stopped: string | undefined;
  for (const c of selected) {
    const ctx = new CaseContext(spec, http, schemas, caseSeed(o.seed, c.id), completePayment);
    const t = performance.now();
    let skipped: string | undefined;
    let stop: string | undefined;
    try {
      await c.run(ctx);
    } catch (error) {
      if (error instanceof Skip) skipped = error.message;
      else if (error instanceof ConformanceSetupError) {
        stop = error.message;
        ctx.failures.push({ check: "server_reachable", operationId: c.operationId, message: error.message });
      } else ctx.failures.push({ check: "case_completed", operationId: c.operationId, message: `the case could not finish: ${String((error as Error)?.message ?? error)}` });
    }
    const outcome = ctx.failures.length > 0 ? "failed" : skipped !== undefined ? "skipped" : "passed";
    // What the server could have put a credential into (messages, URLs, headers, parsed bodies) is masked — and
    // only that: a token may be any word, and masking ids, outcomes or check names would let it rewrite the verdict.
    const mask = http.masker;
    cases.push({
      id: c.id, group: c.group, operationId: c.operationId, title: c.title, outcome,
      failures: ctx.failures.map((f) => ({ ...f, message: mask.text(f.message) })), checks: [...ctx.checks], evaluations: ctx.evaluations,
      exchanges: ctx.exchanges.map((ex) => mask.exchange(ex)), ...(skipped === undefined ? {} : { skipped: mask.text(skipped) }), ms: performance.now() - t,
    });
    o.onCase?.(cases.at(-1)!);
    if (stop !== undefined) {
      stopped = http.masker.text(stop);
      break;
    }
  }
  return {
    ok: stopped === undefined && cases.every((c) => c.outcome !== "failed"),
    seed: o.seed,
    baseUrl: o.baseUrl,
    ...(o.spec === undefined ? {} : { spec: o.spec }),
    maxExamples: o.maxExamples,
    ...(stopped === undefined ? {} : { stopped }),
    cases,
    requests: http.stats.requests,
    checks: cases.reduce((n, c) => n + c.evaluations, 0),
    rateLimitWaits: http.stats.rateLimitWaits,
    rateLimitWaitMs: http.stats.rateLimitWaitMs,
    ms: performance.now() - started,
  };
}

/** The spec and the HTTP side; a spec that cannot be read or has no token exchange stops the run before anything is sent. */
function setUp(o: ResolvedConformanceOptions): { spec: ConformanceSpec; http: ConformanceHttp } {
  try {
    const spec = loadConformanceSpec(o.spec);
    const tokenOp = spec.operations.find((op) => op.security.includes("secretKey"));
    return { spec, http: new ConformanceHttp({ baseUrl: o.baseUrl, secretKey: o.secretKey, spec, timeoutMs: o.timeoutMs, tokenBody: tokenOp?.body?.examples[0] ?? {} }) };
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    throw new ConformanceSetupError(o.spec === undefined || message.includes(o.spec) ? message : `${o.spec}: ${message}`);
  }
}

/** A 32-bit seed for one case: FNV-1a of the run's seed and the case id. */
export function caseSeed(seed: number, id: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}
