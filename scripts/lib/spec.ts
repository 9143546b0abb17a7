// Loading a spec and the small amount of OpenAPI knowledge every generator shares: walking operations and
// resolving local $refs. Every script loads the spec through loadSpec, so a broken file fails the same way
// everywhere: one SpecError naming file:line:col and what to do.
import { SpecError, readSpecSource } from "./spec-source.ts";
import { unescapeSegment } from "../../src/json-pointer.ts";

export { SpecError } from "./spec-source.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/**
 * Reads and checks a spec: YAML syntax, an OpenAPI 3.1 document, and every `$ref` local and resolvable (the
 * generators, validators and docs samples resolve them themselves). `locate` maps a JSON pointer to file:line:col.
 */
export function loadSpecWithSource(path: string): { spec: JsonObject; locate: (pointer: string) => string } {
  const source = readSpecSource(path);
  const spec = source.value as JsonObject;
  if (!isObject(spec)) throw new SpecError(`${source.locate("#")}: not an OpenAPI document (the file is not a YAML mapping). Pass the spec with --spec <file>.`);
  if (typeof spec.openapi !== "string" || !spec.openapi.startsWith("3.1")) {
    const found = spec.openapi === undefined ? "no `openapi` field" : `openapi: ${String(spec.openapi)}`;
    throw new SpecError(`${source.locate("#/openapi")}: expected an OpenAPI 3.1 document, found ${found}. Set \`openapi: 3.1.0\` (this toolkit reads OpenAPI 3.1 only).`);
  }
  const broken = source.refs().flatMap(({ ref, at }) => {
    if (!ref.startsWith("#/")) return [`${at}: $ref "${ref}" is not a local reference. Point it inside this file (#/components/...); external files are not read.`];
    try {
      resolvePointer(spec, ref);
      return [];
    } catch {
      return [`${at}: $ref "${ref}" points at nothing. Fix the reference or add the missing component.`];
    }
  });
  if (broken.length > 0) throw new SpecError(broken.join("\n"));
  return { spec, locate: source.locate };
}

export function loadSpec(path: string): JsonObject {
  return loadSpecWithSource(path).spec;
}

/** Follows a local `#/...` JSON pointer. */
export function resolvePointer(root: JsonObject, ref: string): Json {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: Json = root;
  for (const raw of ref.slice(2).split("/")) {
    const key = unescapeSegment(raw);
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

export { inlineSchema } from "./inline-schema.ts";

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
