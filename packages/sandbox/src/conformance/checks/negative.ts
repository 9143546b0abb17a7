// Negative cases: for each constraint of each request schema (body, and the query, path and header parameters
// as one object per location), the request with exactly that constraint broken must be refused — a 4xx whose
// error code is the one the spec gives that field (`x-error-code`, else the generic code; or the code of another
// constraint the same value cannot help breaking, such as the RUB maximum above Amount's). Parameters shared by
// several operations (the same name, place and schema) are broken once, on the first operation that has them.
import { randomUUID } from "node:crypto";
import type { Call, Case, CaseContext } from "../case.ts";
import { type Fixtures, type Location, asText, locationSchema, validPath } from "../inputs.ts";
import { type Violation, validExample, violations } from "../schema/index.ts";
import type { ConformanceSpec, SpecOperation } from "../spec.ts";
import type { SchemaChecker } from "../validate.ts";

type Part = "body" | Location;

export function negativeCases(spec: ConformanceSpec, fixtures: Fixtures, schemas: SchemaChecker): Case[] {
  const out: Case[] = [];
  const seen = new Set<string>();
  for (const op of spec.operations) {
    for (const part of ["body", "path", "query", "header"] as const) {
      const schema = part === "body" ? op.body?.schema : locationSchema(op, part);
      if (schema === undefined) continue;
      const base = validExample(schema, schemas.judge);
      for (const v of violations(schema, base, { textual: part !== "body", judge: schemas.judge })) {
        if (part === "path" && v.keyword === "required") continue; // a missing path segment is another route
        if (part !== "body") {
          const name = v.pointer.split("/")[1] ?? "";
          const key = `${part}:${name}:${v.keyword}:${v.schemaPath}:${JSON.stringify(op.parameters.find((p) => p.name === name)?.schema ?? null)}`;
          if (seen.has(key)) continue;
          seen.add(key);
        }
        let id = `negative/${op.operationId}/${part}${v.pointer}/${v.keyword}`;
        for (let n = 2; out.some((c) => c.id === id); n++) id = `negative/${op.operationId}/${part}${v.pointer}/${v.keyword}-${n}`;
        out.push({ id, group: "negative", operationId: op.operationId, title: v.description, run: (ctx) => refused(ctx, op, part, v, fixtures, schemas) });
      }
    }
  }
  return out;
}

async function refused(ctx: CaseContext, op: SpecOperation, part: Part, v: Violation, fixtures: Fixtures, schemas: SchemaChecker): Promise<void> {
  const valid = (where: Location) => {
    const schema = locationSchema(op, where);
    return schema === undefined ? {} : asText(validExample(schema, schemas.judge));
  };
  const call: Call = {
    pathParams: await validPath(ctx, op, fixtures, schemas.judge),
    query: valid("query"),
    headers: { ...valid("header"), ...(op.idempotent ? { "Idempotency-Key": randomUUID() } : {}) },
    ...(op.body === undefined ? {} : { body: validExample(op.body.schema, schemas.judge) }),
  };
  if (part === "body") call.body = v.value;
  else if (part === "path") call.pathParams = { ...call.pathParams, ...asText(v.value) };
  else if (part === "query") call.query = asText(v.value);
  else call.headers = { ...(op.idempotent && !("Idempotency-Key" in (v.value as object)) ? { "Idempotency-Key": randomUUID() } : {}), ...asText(v.value) };
  let ex;
  try {
    ex = await ctx.call(op, call);
  } catch (error) {
    if (error instanceof TypeError && part === "header") ctx.skip(`the broken header cannot be sent over HTTP (${error.message})`);
    throw error;
  }
  const code = (ex.response.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  const status = ex.response.status;
  const also = v.acceptedCodes.filter((c) => c !== v.expectedCode);
  ctx.check("negative_data_rejection", op.operationId, status >= 400 && status < 500 && v.acceptedCodes.includes(code as string),
    `${part}${v.pointer === "" ? "" : ` ${v.pointer}`}: ${v.description} — answered ${status}${code === undefined ? "" : ` ${String(code)}`}; expected a 4xx with error code ${v.expectedCode}` +
      (also.length ? ` (or ${also.join(", ")}: the value breaks that constraint too)` : ""));
}
