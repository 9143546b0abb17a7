// Following every link of the spec from a real sandbox response reaches the resource: the target answers with
// its success status (the first of the stateful checks issue 12's conformance runner will make of any server).
import { expect, test } from "vitest";
import { type OperationInfo, operations } from "../../generated/operations.ts";
import { successStatus } from "../../generated/server-table.ts";
import { specLinks } from "../helpers/spec-links.ts";
import { accessToken, control, paymentBody, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

async function call(operationId: string, pathParams: Record<string, string>, query: Record<string, string>, body: unknown): Promise<Response> {
  const op = (operations as Record<string, OperationInfo>)[operationId]!;
  const token = await accessToken(s.sandbox);
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(pathParams[name]!));
  const search = new URLSearchParams(query).toString();
  return fetch(`${s.sandbox.url}${path}${search ? `?${search}` : ""}`, {
    method: op.method.toUpperCase(),
    headers: { authorization: `Bearer ${token}`, ...(op.hasBody ? { "content-type": "application/json" } : {}) },
    ...(op.hasBody ? { body: JSON.stringify(body ?? {}) } : {}),
  });
}

/** A response of `operationId` to follow links from; a payment is paid first, so refund links lead somewhere. */
async function source(operationId: string): Promise<unknown> {
  const payment = await s.pc.createPayment(paymentBody());
  if (operationId === "createPayment") return payment;
  await control(s.sandbox, `payments/${payment.id}/complete`, { outcome: "succeeded" });
  const res = await call(operationId, { payment_id: payment.id }, {}, {});
  expect(res.status).toBe(successStatus[operationId]);
  return res.json();
}

test.each(specLinks().map((l) => [`${l.from} → ${l.name}`, l] as const))("%s reaches the resource", async (_name, link) => {
  const from = (await source(link.from)) as Record<string, any>;
  const op = (operations as Record<string, OperationInfo>)[link.operationId]!;
  const read = (expr: string) => expr.split("#/")[1]!.split("/").reduce<any>((node, field) => node[field], from);
  const values = Object.fromEntries(Object.entries(link.parameters).map(([param, expr]) => [param, String(read(expr))]));
  const pathParams = Object.fromEntries(Object.entries(values).filter(([k]) => op.pathParams.includes(k)));
  const query = Object.fromEntries(Object.entries(values).filter(([k]) => !op.pathParams.includes(k)));
  if (link.from === "createPayment" && link.operationId !== "cancelPayment") await control(s.sandbox, `payments/${from.id}/complete`, { outcome: "succeeded" });
  const res = await call(link.operationId, pathParams, query, op.hasBody ? {} : undefined);
  expect(res.status, `${link.operationId}: ${await res.clone().text()}`).toBe(successStatus[link.operationId]);
});
