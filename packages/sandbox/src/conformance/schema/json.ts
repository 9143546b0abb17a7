// Small helpers shared by the generator and the violation builder: reading schema keywords, JSON pointers into
// an instance, and an ajv that judges candidates exactly as the SDK's validators would (2020-12, full formats).
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Json, JsonObject } from "../spec.ts";
import { escapeSegment, unescapeSegment } from "../../../../../src/json-pointer.ts";

export type { Json, JsonObject };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A schema's `type` as a list (empty: any type). */
export function typesOf(schema: JsonObject): string[] {
  if (typeof schema.type === "string") return [schema.type];
  return Array.isArray(schema.type) ? schema.type.filter((t): t is string => typeof t === "string") : [];
}

export function num(schema: JsonObject, keyword: string): number | undefined {
  const value = schema[keyword];
  return typeof value === "number" ? value : undefined;
}

function segments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapeSegment);
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function getAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const key of segments(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with the value at `pointer` replaced (`undefined`: removed). */
export function setAt(root: unknown, pointer: string, value: unknown): unknown {
  const keys = segments(pointer);
  if (keys.length === 0) return clone(value);
  const copy = clone(root) as Record<string, unknown>;
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else if (Array.isArray(node)) node[Number(last)] = clone(value);
  else Object.defineProperty(node, last, { value: clone(value), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Where an ajv error points in the instance: a missing or unknown property is located at that property. */
export function errorPointer(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === "required" && params.missingProperty !== undefined) return `${error.instancePath}/${escapeSegment(params.missingProperty)}`;
  if (error.keyword === "additionalProperties" && params.additionalProperty !== undefined) return `${error.instancePath}/${escapeSegment(params.additionalProperty)}`;
  return error.instancePath;
}

/**
 * Compiles schemas with the SDK's ajv settings (2020-12, allErrors, ajv-formats "full"), but not strict: the
 * spec's `x-*` keywords and annotations are ignored instead of rejected. One per generator or walk, never shared.
 */
export class SchemaJudge {
  private readonly ajv: Ajv2020;
  /** By content, not identity: callers build small schemas on the fly ({ type: "string", format }). */
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    // validateSchema off: the spec's schemas were linted already, and checking them against the meta-schema
    // would double the compile time, the slow part of a conformance run's setup.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    (addFormatsModule as unknown as (ajv: Ajv2020, options: { mode: "full" }) => void)(this.ajv, { mode: "full" });
  }

  validator(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      validate = this.ajv.compile(schema as object | boolean);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  valid(schema: Json, value: unknown): boolean {
    return this.validator(schema)(value) as boolean;
  }

  /** Values one run derives again and again (a schema's example, a draw), made once and handed out as fresh copies.
   *  `key`: an object by identity, a string by value. */
  private readonly made = new Map<unknown, unknown>();
  remembered(key: unknown, make: () => unknown): unknown {
    if (!this.made.has(key)) this.made.set(key, make());
    return structuredClone(this.made.get(key));
  }

  /** The errors for `value`, without `if` (it only says a then/else branch failed; the branch's error has the detail). */
  errors(schema: Json, value: unknown): ErrorObject[] {
    const validate = this.validator(schema);
    return validate(value) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== "if");
  }
}
