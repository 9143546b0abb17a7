// Test data taken from openapi.yaml's own examples, so a test, fixture or bench never copies a payload, id,
// amount or version from the spec by hand: the next spec change (a renamed field, a new example value, a
// major release) needs no test edit. Every value is a fresh deep copy, safe to change.
import { type Json, type JsonObject, deref, inlineSchema, isObject, listOperations, loadSpec, requestBodySchema } from "../../scripts/lib/spec.ts";
import { specPath } from "./paths.ts";

let cached: JsonObject | undefined;
/** openapi.yaml, parsed once per test file. */
export function spec(): JsonObject {
  cached ??= loadSpec(specPath);
  return cached;
}

// Examples are JSON data; `any` lets a test read fields without restating the spec's types.
type Example = any;

function find(operationId: string, section: "paths" | "webhooks" = "paths") {
  const op = listOperations(spec(), section).find((o) => o.operationId === operationId || (section === "webhooks" && o.path === operationId));
  if (!op) throw new Error(`openapi.yaml has no ${section === "paths" ? "operation" : "webhook"} ${operationId}`);
  return op;
}

/** Named examples of a media type (`examples`, or a lone `example` named "example"), $refs resolved. */
function named(media: Json | undefined): Record<string, Example> {
  if (!isObject(media)) return {};
  const out: Record<string, Example> = {};
  if (media.example !== undefined) out.example = media.example;
  for (const [name, ex] of Object.entries(isObject(media.examples) ? media.examples : {})) {
    const value = (deref(spec(), ex) as JsonObject).value;
    if (value !== undefined) out[name] = value;
  }
  return structuredClone(out);
}

function pick(all: Record<string, Example>, what: string, name?: string): Example {
  const key = name ?? Object.keys(all)[0];
  if (key === undefined || !(key in all)) throw new Error(`openapi.yaml has no example ${name ?? ""} for ${what}`);
  return all[key];
}

function requestMedia(operationId: string, section: "paths" | "webhooks"): Json | undefined {
  const body = deref(spec(), find(operationId, section).operation.requestBody ?? null) as JsonObject | null;
  return isObject(body?.content) ? body.content["application/json"] : undefined;
}

/** The request body examples of an operation, by name. */
export const requestExamples = (operationId: string) => named(requestMedia(operationId, "paths"));
/** A valid request body for an operation: its first (or the named) request example. */
export const requestExample = (operationId: string, name?: string) => pick(requestExamples(operationId), `${operationId} request`, name);

/** The first 2xx status an operation documents. */
export function successStatus(operationId: string): string {
  const status = Object.keys((find(operationId).operation.responses ?? {}) as JsonObject).find((s) => s.startsWith("2"));
  if (status === undefined) throw new Error(`${operationId} documents no 2xx response`);
  return status;
}

/** The response examples of an operation for a status (default: its first 2xx), by name. */
export function responseExamples(operationId: string, status = successStatus(operationId)): Record<string, Example> {
  const responses = (find(operationId).operation.responses ?? {}) as JsonObject;
  const response = deref(spec(), responses[status] ?? null) as JsonObject | null;
  return named(isObject(response?.content) ? response.content["application/json"] : undefined);
}
/** One response example: the first (or the named) one for the status (default: the first 2xx). */
export const responseExample = (operationId: string, status?: string, name?: string) =>
  pick(responseExamples(operationId, status), `${operationId} ${status ?? "2xx"} response`, name);

/** The event types (webhook names) the spec lists, in document order. */
export const webhookTypes = (): string[] => listOperations(spec(), "webhooks").map((w) => w.path);
/** The payload examples of a webhook (by event type or operationId), by name. */
export const webhookExamples = (event: string) => named(requestMedia(event, "webhooks"));
/** One payload example of a webhook: the first (or the named) one. */
export const webhookExample = (event: string, name?: string) => pick(webhookExamples(event), `webhook ${event}`, name);

/** A webhook's payload schema with every $ref inlined. */
export const webhookSchema = (event: string): Example => inlineSchema(spec(), requestBodySchema(spec(), find(event, "webhooks"))!.schema);

/** A free-text property of an object schema (a string without pattern, format, enum, const or length limit), for padding. */
export function freeTextField(schema: Example): string {
  const found = Object.entries((schema?.properties ?? {}) as Record<string, Example>).find(
    ([, s]) => [s.type].flat().includes("string") && !["pattern", "format", "enum", "const", "maxLength"].some((k) => k in s),
  );
  if (!found) throw new Error("the schema has no free-text string property to pad");
  return found[0];
}

/** The documented error body (from any operation's response examples) whose `error.code` is `code`. */
export function errorExample(code: string): Example {
  for (const op of listOperations(spec())) {
    for (const status of Object.keys((op.operation.responses ?? {}) as JsonObject)) {
      const found = Object.values(responseExamples(op.operationId, status)).find((ex) => ex?.error?.code === code);
      if (found) return found;
    }
  }
  throw new Error(`openapi.yaml documents no error example with code ${code}`);
}

/** `info.version` of the spec. */
export const specVersion = (): string => String((spec().info as JsonObject).version);
