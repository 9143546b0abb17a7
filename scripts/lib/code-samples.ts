// x-codeSamples for the rendered docs, derived from the spec and the operation table so they always match
// the SDK's method names and argument order: a TypeScript SDK call and the curl equivalent per operation,
// and a verification sample per webhook.
import { operationRows } from "../gen/operations.ts";
import { type Json, type JsonObject, deref, isObject, listOperations, requestBodySchema } from "./spec.ts";

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

// Redoc shows a sample only when its label is one of its known languages; "Node.js" is the one that fits the
// TypeScript SDK (the highlighter still uses `lang`).
export function withCodeSamples(spec: JsonObject): JsonObject {
  const out = structuredClone(spec);
  const rows = operationRows(out);
  const server = String(((out.servers as JsonObject[] | undefined)?.[0]?.url as string | undefined) ?? "https://api.payconnect.com");
  for (const op of listOperations(out)) {
    const row = rows[op.operationId]!;
    const pathValues = Object.fromEntries(row.pathParams.map((name) => [name, exampleOf(out, op.parameters.find((p) => p.in === "path" && p.name === name))]));
    const body = requestBodySchema(out, op) ? firstRequestExample(out, op.operation) : undefined;
    const query = Object.fromEntries(
      op.parameters.filter((p) => p.in === "query" && (p.required === true || p.name === "limit")).map((p) => [String(p.name), exampleOf(out, p)]),
    );
    (op.operation as JsonObject)["x-codeSamples"] = [
      { lang: "TypeScript", label: "Node.js", source: tsSample(op.operationId, row, pathValues, body, query) },
      { lang: "Shell", label: "curl", source: curlSample(server, row, pathValues, body, query) },
    ] as unknown as Json;
  }
  for (const hook of listOperations(out, "webhooks")) {
    (hook.operation as JsonObject)["x-codeSamples"] = [{ lang: "TypeScript", label: "Node.js", source: webhookSample(hook.path) }] as unknown as Json;
  }
  return out;
}

function exampleOf(spec: JsonObject, param: JsonObject | undefined): Json {
  if (!param) return "…";
  if (param.example !== undefined) return param.example;
  const schema = deref(spec, param.schema ?? {}) as JsonObject;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0]!;
  return schema.default ?? "…";
}

function firstRequestExample(spec: JsonObject, operation: JsonObject): Json {
  const body = deref(spec, operation.requestBody ?? {}) as JsonObject;
  const media = isObject(body.content) ? (body.content["application/json"] as JsonObject) : {};
  const first = Object.values(isObject(media.examples) ? media.examples : {})[0];
  return first ? ((deref(spec, first) as JsonObject).value ?? {}) : (media.example ?? {});
}

function ts(value: Json, indent = ""): string {
  return JSON.stringify(value, null, 2)
    .replace(/"([A-Za-z_$][\w$]*)":/g, "$1:")
    .split("\n")
    .join(`\n${indent}`);
}

function tsSample(id: string, row: ReturnType<typeof operationRows>[string], path: Record<string, Json>, body: Json | undefined, query: Record<string, Json>): string {
  const args = [...row.pathParams.map((n) => JSON.stringify(path[n])), ...(row.hasBody ? [ts(body ?? {})] : []), ...(row.hasQuery ? [ts(query)] : [])];
  const setup = `import { createPayConnect } from "@payconnect/sdk";\n\nconst pc = createPayConnect({ secretKey: process.env.PAYCONNECT_SECRET_KEY! });\n`;
  if (row.paginated) {
    return `${setup}\n// Every page, following starting_after until has_more is false:\nfor await (const item of pc.${id}.iterate(${args.join(", ")})) {\n  console.log(item.id);\n}\n`;
  }
  const extra = row.idempotent ? "\n// An Idempotency-Key is sent automatically and reused on retries; pass { idempotencyKey } to choose it." : "";
  return `${setup}${extra}\nconst result = await pc.${id}(${args.join(", ")});\n`;
}

function curlSample(server: string, row: ReturnType<typeof operationRows>[string], path: Record<string, Json>, body: Json | undefined, query: Record<string, Json>): string {
  const filled = row.path.replace(/\{([^}]+)\}/g, (_, n: string) => encodeURIComponent(String(path[n])));
  const qs = row.hasQuery && Object.keys(query).length ? `?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}` : "";
  const credential = row.auth === "secretKey" ? "$PAYCONNECT_SECRET_KEY" : "$PAYCONNECT_ACCESS_TOKEN";
  const lines = [`curl -X ${row.method.toUpperCase()} "${server}${filled}${qs}"`, `  -H "Authorization: Bearer ${credential}"`];
  if (row.idempotent) lines.push(`  -H "Idempotency-Key: $(uuidgen)"`);
  if (row.hasBody) lines.push(`  -H "Content-Type: application/json"`, `  -d '${JSON.stringify(body ?? {})}'`);
  return lines.join(" \\\n") + "\n";
}

function webhookSample(type: string): string {
  return `import express from "express";
import { WebhookVerificationError, verifyWebhook } from "@payconnect/sdk/webhooks";

const app = express();
// The raw body is what was signed: use express.raw() on this route, never express.json().
app.post("/webhooks/payconnect", express.raw({ type: "application/json" }), async (req, res) => {
  try {
    const event = await verifyWebhook(req.body, req.headers["x-payconnect-signature"], process.env.PAYCONNECT_WEBHOOK_SECRET!);
    res.sendStatus(200); // answer fast; skip event.id values you already processed
    if (event.type === "${type}") {
      // event.data.object is the payment
    }
  } catch (error) {
    if (error instanceof WebhookVerificationError) return res.status(400).send(error.reason);
    throw error;
  }
});
`;
}
