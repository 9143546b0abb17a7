// The /_sandbox/ controls do what controls.yaml describes: every operation there is served, answers with its
// documented status and a body that validates against its documented schema, and bad input gets the envelope.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { controlsPath } from "../../packages/sandbox/src/controls/document.ts";
import { paymentBody, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();
const doc = parse(readFileSync(controlsPath(), "utf8"));
const ajv = new Ajv2020({ strict: false });
(addFormatsModule as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema({ $id: "controls", components: doc.components });

function responseSchema(path: string, method: string, status: number): object {
  const response = doc.paths[path][method].responses[String(status)];
  expect(response, `${method.toUpperCase()} ${path} documents ${status}`).toBeDefined();
  const resolved = response.$ref ? doc.components.responses[response.$ref.split("/").at(-1)] : response;
  return JSON.parse(JSON.stringify(resolved.content["application/json"].schema).replaceAll('"#/components/', '"controls#/components/'));
}

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(s.sandbox.url + path, {
    method: method.toUpperCase(),
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  return { status: res.status, json: await res.json() };
}

test("every control in controls.yaml answers as documented", async () => {
  const p = await s.pc.createPayment(paymentBody());
  const concrete = (path: string) => path.replace("{payment_id}", p.id).replace("{event_id}", "EVENT");
  const bodies: Record<string, unknown> = { advanceClock: { seconds: 1 }, completePayment: { outcome: "succeeded" }, triggerEvent: { type: "payment.succeeded" } };
  const checked: string[] = [];
  // completePayment and triggerEvent create the event that resendEvent then sends again.
  const order = (id: string) => (id === "resendEvent" ? 1 : 0);
  const ops = Object.entries(doc.paths).flatMap(([path, item]: [string, any]) => Object.entries(item).map(([method, op]: [string, any]) => ({ path, method, op })));
  for (const { path, method, op } of ops.sort((a, b) => order(a.op.operationId) - order(b.op.operationId))) {
    const event = (await s.pc.listEvents({ limit: 1 })).data[0];
    const url = concrete(path).replace("EVENT", event?.id ?? "evt_none");
    const { status, json } = await call(method, url, bodies[op.operationId] ?? (op.requestBody ? {} : undefined));
    const documented = Object.keys(op.responses).find((code) => code.startsWith("2"))!;
    expect(status, `${op.operationId}: ${JSON.stringify(json)}`).toBe(Number(documented));
    const validate = ajv.compile(responseSchema(path, method, status));
    expect(validate(json), `${op.operationId}: ${JSON.stringify(validate.errors)}`).toBe(true);
    checked.push(op.operationId);
  }
  expect(checked).toHaveLength(ops.length);
});

test("bad control input gets 400 with the error envelope, an unknown control 404", async () => {
  for (const [path, body] of [
    ["/_sandbox/clock/advance", { seconds: -1 }],
    ["/_sandbox/clock/advance", { seconds: "soon" }],
    ["/_sandbox/trigger", { type: "payment.exploded" }],
    ["/_sandbox/trigger", { type: "payment.succeeded", forward_to: "javascript:alert(1)" }],
  ] as const) {
    const { status, json } = await call("post", path, body);
    expect([status, json.error?.code], `${path} ${JSON.stringify(body)}`).toEqual([400, "invalid_request"]);
  }
  expect((await call("get", "/_sandbox/nothing")).status).toBe(404);
});
