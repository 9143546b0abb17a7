// Loading openapi.yaml and the small amount of OpenAPI knowledge every generator shares:
// walking operations and resolving local $refs.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function loadSpec(path: string): JsonObject {
  const spec = parse(readFileSync(path, "utf8")) as JsonObject;
  if (typeof spec?.openapi !== "string" || !spec.openapi.startsWith("3.1")) {
    throw new Error(`${path}: expected an OpenAPI 3.1 document (found openapi: ${String(spec?.openapi)})`);
  }
  return spec;
}

/** Follows a local `#/...` JSON pointer. */
export function resolvePointer(root: JsonObject, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: Json = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object" || !(key in node)) throw new Error(`unresolved $ref ${ref}`);
    node = (node as JsonObject)[key] as Json;
  }
  return node;
}

/** Resolves a `$ref` one level deep (parameters, responses, request bodies, examples). */
export function deref<T extends Json>(root: JsonObject, node: T): T {
  let current: Json = node;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    current = resolvePointer(root, current.$ref);
  }
  return current as T;
}

/**
 * Inlines every local $ref of a schema so it is self-contained (the specs' schemas are not recursive).
 * Keywords beside a $ref (allowed in 3.1, e.g. `description`) are kept, and win over the target's.
 */
export function inlineSchema(root: JsonObject, schema: Json, stack: string[] = []): Json {
  if (Array.isArray(schema)) return schema.map((item) => inlineSchema(root, item, stack));
  if (!isObject(schema)) return schema;
  let result: JsonObject = {};
  if (typeof schema.$ref === "string") {
    if (stack.includes(schema.$ref)) throw new Error(`recursive schema ${[...stack, schema.$ref].join(" -> ")}`);
    const target = inlineSchema(root, resolvePointer(root, schema.$ref), [...stack, schema.$ref]);
    if (isObject(target)) result = { ...target };
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key !== "$ref") result[key] = inlineSchema(root, value, stack);
  }
  return result;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface OperationRef {
  operationId: string;
  method: string;
  path: string;
  operation: JsonObject;
  /** Path-level and operation-level parameters, resolved, operation-level winning. */
  parameters: JsonObject[];
}

/** Every operation under `paths` (or `webhooks`), in document order. */
export function listOperations(spec: JsonObject, section: "paths" | "webhooks" = "paths"): OperationRef[] {
  const out: OperationRef[] = [];
  const items = isObject(spec[section]) ? (spec[section] as JsonObject) : {};
  for (const [path, rawItem] of Object.entries(items)) {
    const item = deref(spec, rawItem);
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters.map((p) => deref(spec, p) as JsonObject) : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      if (typeof operation.operationId !== "string") throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const own = Array.isArray(operation.parameters) ? operation.parameters.map((p) => deref(spec, p) as JsonObject) : [];
      const byKey = new Map<string, JsonObject>();
      for (const p of [...shared, ...own]) byKey.set(`${String(p.in)}:${String(p.name)}`, p);
      out.push({ operationId: operation.operationId, method, path, operation, parameters: [...byKey.values()] });
    }
  }
  return out;
}

/** The application/json schema of an operation's request body, if it has one. */
export function requestBodySchema(spec: JsonObject, op: OperationRef): { schema: Json; required: boolean } | undefined {
  if (op.operation.requestBody === undefined) return undefined;
  const body = deref(spec, op.operation.requestBody) as JsonObject;
  const content = isObject(body.content) ? body.content : {};
  const media = content["application/json"];
  if (!isObject(media) || media.schema === undefined) {
    throw new Error(`${op.operationId}: only application/json request bodies are supported`);
  }
  return { schema: media.schema, required: body.required === true };
}
