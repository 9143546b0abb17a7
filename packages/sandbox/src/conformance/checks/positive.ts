// Positive cases: every operation called with valid inputs drawn from its schemas (maxExamples per operation).
// Each response is held to the spec; and a valid request must not be refused as invalid — no 400, no
// validation error code (the generic one or any `x-error-code`) — whatever business answer it gets.
import type { Case, CaseContext } from "../case.ts";
import { type Fixtures, validCall } from "../inputs.ts";
import { GENERIC_ERROR_CODE } from "../schema/index.ts";
import type { ConformanceSpec, SpecOperation } from "../spec.ts";
import type { SchemaChecker } from "../validate.ts";

export function positiveCases(spec: ConformanceSpec, maxExamples: number, fixtures: Fixtures, schemas: SchemaChecker): Case[] {
  const validationCodes = new Set([GENERIC_ERROR_CODE, ...errorCodes(spec.document)]);
  return spec.operations.flatMap((op) => Array.from({ length: maxExamples }, (_, i): Case => ({
    id: `positive/${op.operationId}/${i + 1}`, group: "positive", operationId: op.operationId, title: `valid request ${i + 1} of ${maxExamples}`,
    run: (ctx) => accepted(ctx, op, fixtures, schemas, validationCodes),
  })));
}

async function accepted(ctx: CaseContext, op: SpecOperation, fixtures: Fixtures, schemas: SchemaChecker, validationCodes: Set<string>): Promise<void> {
  const call = await validCall(ctx, op, fixtures, schemas.judge);
  const ex = await ctx.call(op, call);
  const code = (ex.response.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  ctx.check("positive_data_acceptance", op.operationId, ex.response.status !== 400 && !(typeof code === "string" && validationCodes.has(code)),
    `a request valid by the spec was refused as invalid: ${ex.response.status}${typeof code === "string" ? ` ${code}` : ""}`);
}

/** Every `x-error-code` in the document: the codes a server answers for input that breaks a schema. */
function errorCodes(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) errorCodes(item, out);
  else if (typeof node === "object" && node !== null) {
    for (const [k, v] of Object.entries(node)) {
      if (k === "x-error-code" && typeof v === "string") out.add(v);
      else errorCodes(v, out);
    }
  }
  return out;
}
