// Negative inputs: for each constraint of a schema reachable from a valid instance, that instance with exactly
// that constraint broken, and the API error code a server must answer with (the innermost `x-error-code` on the
// schema path of the broken keyword, as the SDK's validators map it; computed here from the schema itself).
import { type CandidateContext, numberCandidates, objectCandidates, stringCandidates, typeCandidates, valueCandidates } from "./candidates.ts";
import { describe } from "./describe.ts";
import { validExample } from "./example.ts";
import type { ErrorObject } from "ajv/dist/2020.js";
import { type Json, type JsonObject, SchemaJudge, errorPointer, getAt, isObject, setAt } from "./json.ts";
import { conditionalRoots, subWalks } from "./walk.ts";
import { escapeSegment, unescapeSegment } from "../../../../../src/json-pointer.ts";

/** The code of a validation failure no `x-error-code` covers. */
export const GENERIC_ERROR_CODE = "invalid_request";

export interface Violation {
  /** The JSON Schema keyword broken: type, required, pattern, maximum, additionalProperties, propertyNames, … */
  keyword: string;
  /** JSON pointer into the instance ("" = root): the broken value, the missing or unknown property, or the object whose keys break propertyNames. */
  pointer: string;
  /** The WHOLE instance, with exactly this one constraint broken. */
  value: unknown;
  expectedCode: string;
  /**
   * Every code a server may answer with: expectedCode first, then the codes of other constraints the same value
   * breaks (above Amount's maximum is also above the RUB maximum of a RUB payment, which has a code of its own).
   */
  acceptedCodes: string[];
  /** E.g. "/amount below minimum 1". */
  description: string;
  /** Where the keyword sits in the schema, as ajv writes it: "#/then/properties/amount/maximum". */
  schemaPath: string;
}

export interface ViolationOptions {
  /**
   * The schema wraps query, path or header parameters as one object and its values travel as text: a string
   * property has no wrong type to send, a number's wrong type is a non-numeric string, the wrapper has no type.
   */
  textual?: boolean;
  /** Reuse compiled schemas across calls (one per run); a fresh one by default. */
  judge?: SchemaJudge;
}

interface Candidate { value: unknown; at: string }

export class ViolationWalker {
  readonly found: Violation[] = [];
  readonly ctx: CandidateContext;

  constructor(readonly schema: Json, readonly judge: SchemaJudge, readonly textual: boolean) {
    this.ctx = { textual, example: (s) => validExample(s, judge) };
  }

  /** A walker of another schema (a conditional's `if`), judged by that schema alone. */
  spawn(schema: Json): ViolationWalker {
    return new ViolationWalker(schema, this.judge, this.textual);
  }

  node(root: unknown, schema: Json, pointer: string, path: string, inherited: string): void {
    if (!isObject(schema)) return;
    const code = typeof schema["x-error-code"] === "string" ? schema["x-error-code"] : inherited;
    const value = getAt(root, pointer);
    if (value === undefined) return;
    const keep = (keyword: string, candidates: unknown[], at = pointer) =>
      this.tryBreak(root, pointer, keyword, `${path}/${keyword}`, code, candidates.map((v) => ({ value: v, at })), describe(keyword, at, schema, path));
    if (schema.type !== undefined && !(this.textual && pointer === "")) keep("type", typeCandidates(schema, this.ctx));
    if (schema.const !== undefined) keep("const", valueCandidates(value, [schema.const], schema, this.ctx));
    if (Array.isArray(schema.enum)) keep("enum", valueCandidates(value, schema.enum, schema, this.ctx));
    for (const keyword of ["pattern", "format", "minLength", "maxLength"]) {
      if (typeof value === "string" && schema[keyword] !== undefined) keep(keyword, stringCandidates(keyword, schema, value, this.ctx));
    }
    for (const keyword of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]) {
      if (typeof value === "number" && schema[keyword] !== undefined) keep(keyword, numberCandidates(keyword, schema, value));
    }
    if (Array.isArray(value)) this.arrayKeywords(value, schema, keep);
    if (isObject(value)) this.objectKeywords(root, value, schema, pointer, path, code, keep);
    for (const [sub, at, subPath, subRoot] of [...subWalks(this, root, schema, pointer, path), ...conditionalRoots(this, root, schema, pointer, path)]) {
      this.node(subRoot, sub, at, subPath, code);
    }
  }

  private arrayKeywords(value: unknown[], schema: JsonObject, keep: (keyword: string, candidates: unknown[]) => void): void {
    const min = schema.minItems;
    const max = schema.maxItems;
    if (typeof min === "number" && min > 0) keep("minItems", [value.slice(0, min - 1)]);
    if (typeof max === "number") {
      const filler = value.length > 0 ? value[value.length - 1] : this.ctx.example(schema.items ?? true);
      keep("maxItems", [[...value, ...Array.from({ length: Math.max(0, max + 1 - value.length) }, () => filler)]]);
    }
    if (schema.uniqueItems === true) keep("uniqueItems", value.length > 0 ? [[...value, value[0]]] : []);
  }

  private objectKeywords(root: unknown, value: JsonObject, schema: JsonObject, pointer: string, path: string, code: string, keep: (keyword: string, candidates: unknown[], at?: string) => void): void {
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const name of Array.isArray(schema.required) ? schema.required : []) {
      if (typeof name !== "string" || !Object.hasOwn(value, name)) continue;
      const at = `${pointer}/${escapeSegment(name)}`;
      const without = Object.fromEntries(Object.entries(value).filter(([k]) => k !== name));
      // A missing field takes the code of that field's own schema when it has one (a missing amount: invalid_amount).
      const field = properties[name];
      const fieldCode = isObject(field) && typeof field["x-error-code"] === "string" ? field["x-error-code"] : code;
      this.tryBreak(root, pointer, "required", `${path}/required`, fieldCode, [{ value: without, at }], describe("required", at, schema, path));
    }
    if (schema.additionalProperties === false) {
      // An unknown field is never a field's error: the generic code, whatever the enclosing schema says.
      const candidates = objectCandidates("additionalProperties", schema, value, this.ctx).map((v) => ({ value: v, at: `${pointer}/${escapeSegment(Object.keys(v).find((k) => !Object.hasOwn(value, k)) ?? "")}` }));
      this.tryBreak(root, pointer, "additionalProperties", `${path}/additionalProperties`, GENERIC_ERROR_CODE, candidates, describe("additionalProperties", candidates[0]?.at ?? pointer, schema, path));
    }
    for (const keyword of ["maxProperties", "minProperties"]) {
      if (typeof schema[keyword] === "number") keep(keyword, objectCandidates(keyword, schema, value, this.ctx));
    }
    const names = schema.propertyNames;
    if (!isObject(names)) return;
    const nameCode = typeof names["x-error-code"] === "string" ? names["x-error-code"] : code;
    const extra = this.ctx.example(isObject(schema.additionalProperties) ? schema.additionalProperties : { type: "string" });
    const baseKey = Object.keys(value).find((k) => !Object.hasOwn(properties, k)) ?? String(this.ctx.example({ type: "string", allOf: [names] }));
    for (const keyword of ["pattern", "format", "minLength", "maxLength", "enum", "const"]) {
      if (names[keyword] === undefined) continue;
      const keys = keyword === "enum" || keyword === "const"
        ? valueCandidates(baseKey, keyword === "enum" ? (names.enum as Json[]) : [names.const!], names, this.ctx).filter((k): k is string => typeof k === "string")
        : stringCandidates(keyword, names, baseKey, this.ctx);
      const candidates = keys.filter((k) => !Object.hasOwn(value, k)).map((k) => ({ value: { ...value, [k]: extra }, at: pointer }));
      this.tryBreak(root, pointer, "propertyNames", `${path}/propertyNames/${keyword}`, nameCode, candidates,
        describe("propertyNames", pointer, schema, path, `${keyword} ${JSON.stringify(names[keyword])}`), keyword);
    }
  }

  /** Keeps the first candidate ajv rejects only for `keyword` at its place; failing that, only at its place. */
  private tryBreak(root: unknown, replaceAt: string, keyword: string, schemaPath: string, expectedCode: string, candidates: Candidate[], description: string, inner?: string): void {
    let fallback: Violation | undefined;
    for (const candidate of candidates) {
      const value = setAt(root, replaceAt, candidate.value);
      const errors = this.judge.errors(this.schema, value);
      if (errors.length === 0 || !errors.every((e) => errorPointer(e) === candidate.at) || !errors.some((e) => e.keyword === keyword)) continue;
      const acceptedCodes = [...new Set([expectedCode, ...errors.filter((e) => e.keyword !== "if").map((e) => codeOf(this.schema, e))])];
      const violation = { keyword, pointer: candidate.at, value, expectedCode, acceptedCodes, description, schemaPath };
      if (errors.every((e) => e.keyword === keyword || e.keyword === inner)) return void this.found.push(violation);
      fallback ??= violation;
    }
    if (fallback !== undefined) this.found.push(fallback);
  }
}

/** The code a failure maps to, as the walk computes it: the innermost `x-error-code` on its schema path. */
function codeOf(schema: Json, error: ErrorObject): string {
  if (error.keyword === "additionalProperties") return GENERIC_ERROR_CODE;
  const segments = error.schemaPath.replace(/^#\/?/, "").split("/").map(unescapeSegment);
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  if (error.keyword === "required" && missing !== undefined) segments.splice(-1, 1, "properties", missing, "");
  let node: Json | undefined = schema;
  let code = GENERIC_ERROR_CODE;
  for (const segment of segments) {
    if (isObject(node) && typeof node["x-error-code"] === "string") code = node["x-error-code"];
    node = isObject(node) ? node[segment] : Array.isArray(node) ? node[Number(segment)] : undefined;
    if (node === undefined) break;
  }
  return code;
}

/** One violation per constraint of `schema` reachable from `valid` (which must pass `schema`). */
export function violations(schema: Json, valid: unknown, options: ViolationOptions = {}): Violation[] {
  const judge = options.judge ?? new SchemaJudge();
  if (!judge.valid(schema, valid)) {
    throw new Error(`violations() starts from a valid instance, and this one is not (${judge.errors(schema, valid).map((e) => `${e.instancePath} ${e.message}`).join("; ")}); pass validExample(schema)`);
  }
  const walker = new ViolationWalker(schema, judge, options.textual ?? false);
  walker.node(valid, schema, "", "#", GENERIC_ERROR_CODE);
  const seen = new Set<string>();
  return walker.found.filter((v) => !seen.has(`${v.schemaPath} ${v.pointer}`) && Boolean(seen.add(`${v.schemaPath} ${v.pointer}`)));
}
