// Requests built from the spec: an operation's parameters as one object schema per location (so the schema
// engine generates and breaks them like a body), ids of real resources for path parameters, and the fixtures
// that provide them — made once per run, on first use.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { Call, CaseContext } from "./case.ts";
import { asPayment, OP } from "./payments.ts";
import { arbitraryFor, validExample } from "./schema/index.ts";
import type { Json, SpecOperation, SpecParameter } from "./spec.ts";

export type Location = "path" | "query" | "header";

/** The parameters of `op` in `location` as one object schema; undefined when there are none. */
export function locationSchema(op: SpecOperation, location: Location): Json | undefined {
  const params = op.parameters.filter((p) => p.in === location);
  if (params.length === 0) return undefined;
  return {
    type: "object",
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
    // No additionalProperties: the spec does not forbid other query parameters or headers.
  };
}

/** Parameter values as text, the way they travel. */
export function asText(values: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries((values ?? {}) as Record<string, unknown>)) if (v !== undefined) out[k] = typeof v === "string" ? v : JSON.stringify(v);
  return out;
}

/** One deterministic draw from an arbitrary for the case's seed. */
export function draw<T>(ctx: CaseContext, arbitrary: fc.Arbitrary<T>, index = 0): T {
  return fc.sample(arbitrary, { seed: ctx.seed, numRuns: index + 1 })[index]!;
}

/** Real resources for path parameters (a payment, a refund, an event), created once per run when first asked for. */
export class Fixtures {
  readonly #made = new Map<string, Promise<string | undefined>>();

  /** An id for the path parameter `param`, or undefined when the run cannot make one. */
  id(ctx: CaseContext, param: SpecParameter): Promise<string | undefined> {
    let made = this.#made.get(param.name);
    if (made === undefined) {
      made = this.#make(ctx, param.name).catch(() => undefined);
      this.#made.set(param.name, made);
    }
    return made;
  }

  async #make(ctx: CaseContext, name: string): Promise<string | undefined> {
    if (name === "payment_id") return this.#payment(ctx, false);
    if (name === "refund_id") {
      const paid = await this.#payment(ctx, true);
      if (paid === undefined) return undefined;
      const refund = await ctx.call(ctx.op(OP.createRefund), { pathParams: { payment_id: paid }, body: { amount: 1 }, headers: { "Idempotency-Key": randomUUID() } });
      return idOf(refund.response.json);
    }
    // Any other id: the first item of the list next to the operation that reads one (GET /v1/events for /v1/events/{event_id}).
    const reader = ctx.spec.operations.find((o) => o.method === "get" && o.parameters.some((p) => p.in === "path" && p.name === name));
    const list = ctx.spec.operations.find((o) => o.method === "get" && reader !== undefined && o.path === reader.path.replace(/\/\{[^}]+\}$/, ""));
    if (list !== undefined) {
      const page = await ctx.call(list, {});
      return idOf((page.response.json as { data?: unknown[] } | undefined)?.data?.[0]);
    }
    return undefined;
  }

  async #payment(ctx: CaseContext, paid: boolean): Promise<string | undefined> {
    if (paid && ctx.completePayment === undefined) return undefined;
    const create = ctx.op(OP.createPayment);
    const ex = await ctx.call(create, { body: create.body?.examples[0] ?? {}, headers: { "Idempotency-Key": randomUUID() } });
    const payment = asPayment(ex);
    if (payment === undefined) return undefined;
    if (paid) await ctx.completePayment!(payment.id);
    return payment.id;
  }
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : undefined;
}

/** Valid path parameters: real resources where the run has them, else values generated from their schemas. */
export async function validPath(ctx: CaseContext, op: SpecOperation, fixtures: Fixtures, judge: Parameters<typeof validExample>[1]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const p of op.parameters.filter((x) => x.in === "path")) out[p.name] = (await fixtures.id(ctx, p)) ?? String(validExample(p.schema, judge));
  return out;
}

// A draw depends on the schema, the run's seed and its index only: made once per run (one judge per run) and
// handed out as a fresh copy. Many cases of an operation send the same valid request around their own part.
function drawValid(ctx: CaseContext, schema: Parameters<typeof arbitraryFor>[0], judge: Parameters<typeof arbitraryFor>[1], index: number): unknown {
  const make = () => draw(ctx, arbitraryFor(schema, judge), index);
  return judge === undefined ? make() : judge.remembered(`draw:${ctx.seed}:${index}:${JSON.stringify(schema)}`, make);
}

/** A whole valid request of `op`, drawn from its schemas (path parameters from fixtures). */
export async function validCall(ctx: CaseContext, op: SpecOperation, fixtures: Fixtures, judge: Parameters<typeof arbitraryFor>[1]): Promise<Call> {
  const query = locationSchema(op, "query");
  const headers = locationSchema(op, "header");
  return {
    pathParams: await validPath(ctx, op, fixtures, judge),
    query: query === undefined ? {} : asText(drawValid(ctx, query, judge, 0)),
    headers: headers === undefined ? {} : asText(drawValid(ctx, headers, judge, 1)),
    ...(op.body === undefined ? {} : { body: drawValid(ctx, op.body.schema, judge, 2) }),
  };
}
