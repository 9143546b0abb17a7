// Issue 9 item 3, responses: a 2xx body is read tolerantly. For every operation whose success response the spec
// illustrates, its example — with each growable enum set to a value this SDK does not know, and a field the spec
// does not declare — comes back from the method as sent, through an injected fetch.
import { describe, expect, test } from "vitest";
import { operations } from "../../generated/operations.ts";
import { createPayConnect } from "../../src/entry/node.js";
import { type Json, type JsonObject, inlineSchema, isObject, listOperations } from "../../scripts/lib/spec.ts";
import { SECRET, fakeApi, fakeTime } from "../helpers/fake-api.ts";
import { requestExample, requestExamples, responseExamples, spec, successStatus } from "../helpers/spec-examples.ts";

const UNKNOWN = "_from_a_newer_api";

/** Sets every value the (inlined) schema marks `x-growable-enum` to one it does not list; returns how many. */
function unknownEnumValues(schema: Json, value: any): number {
  if (!isObject(schema)) return 0;
  const branch = [schema.oneOf, schema.anyOf].flat().find((s) => isObject(s) && (s.type === undefined || [s.type].flat().includes(value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" ? "integer" : typeof value)));
  const own = isObject(branch) ? { ...schema, ...branch } : schema;
  let n = 0;
  if (Array.isArray(value)) value.forEach((_, i) => (n += wrap(own.items, value, i)));
  else if (isObject(value) && isObject(own.properties)) for (const key of Object.keys(value)) n += wrap(own.properties[key] ?? null, value, key);
  return n;
}
function wrap(schema: Json | undefined, parent: any, key: string | number): number {
  if (isObject(schema) && schema["x-growable-enum"] === true && typeof parent[key] === "string") {
    parent[key] = `${parent[key]}${UNKNOWN}`;
    return 1;
  }
  return unknownEnumValues(schema ?? null, parent[key]);
}

/** Arguments for a method: path parameter examples, then the request example, then no query. */
function args(operationId: string): unknown[] {
  const op = listOperations(spec()).find((o) => o.operationId === operationId)!;
  const row = operations[operationId as keyof typeof operations];
  const path = row.pathParams.map((name: string) => {
    const p = op.parameters.find((q) => q.in === "path" && q.name === name)!;
    const schema = inlineSchema(spec(), p.schema ?? null) as JsonObject;
    return p.example ?? (schema.examples as Json[] | undefined)?.[0];
  });
  return [...path, ...(row.hasBody ? [Object.keys(requestExamples(operationId)).length ? requestExample(operationId) : {}] : []), ...(row.hasQuery ? [undefined] : [])];
}

const cases = listOperations(spec()).flatMap((op) => {
  const status = successStatus(op.operationId);
  const media = ((op.operation.responses as any)[status]?.content ?? {})["application/json"];
  return Object.entries(responseExamples(op.operationId, status)).map(([name, example]) => {
    const grown = unknownEnumValues(inlineSchema(spec(), media?.schema ?? null), example);
    return { name: `${op.operationId} ${status} ${name}`, operationId: op.operationId, status: Number(status), body: { ...example, field_from_a_newer_api: { nested: [1, "x"] } }, grown };
  });
});

describe("a 2xx response is returned as sent, whatever a newer API adds", () => {
  test("the spec's success examples carry growable enums to grow", () => {
    expect(cases.reduce((n, c) => n + c.grown, 0)).toBeGreaterThan(0);
  });

  test.each(cases)("$name", async ({ operationId, status, body }) => {
    const reply = () => ({ status, body });
    // The token endpoint is answered by the fake's token handler: there, the reply under test.
    const api = operations[operationId as keyof typeof operations].auth === "secretKey" ? fakeApi(reply, reply) : fakeApi(reply);
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep }) as any;
    await expect(pc[operationId](...args(operationId))).resolves.toEqual(body);
  });
});
