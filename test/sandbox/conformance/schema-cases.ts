// What the schema-engine tests run over, all derived from the spec: every request body schema and every
// operation's parameters wrapped as one object schema; and an ajv configured as the SDK's request validators
// are (2020-12, strict with strictTypes off, allErrors, ajv-formats "full"), as the judge of every value.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { type Json, type JsonObject, loadConformanceSpec } from "../../../packages/sandbox/src/conformance/spec.ts";

export interface SchemaCase {
  name: string;
  operationId: string;
  part: "body" | "parameters";
  schema: Json;
  textual: boolean;
  /** For parameters: parameter name → where it goes (path, query, header). */
  locations: Record<string, string>;
}

export const spec = loadConformanceSpec();

export const cases: SchemaCase[] = spec.operations.flatMap((op) => {
  const out: SchemaCase[] = [];
  if (op.body) out.push({ name: `${op.operationId} body`, operationId: op.operationId, part: "body", schema: op.body.schema, textual: false, locations: {} });
  if (op.parameters.length > 0) {
    out.push({
      name: `${op.operationId} parameters`,
      operationId: op.operationId,
      part: "parameters",
      schema: {
        type: "object",
        properties: Object.fromEntries(op.parameters.map((p) => [p.name, p.schema])),
        required: op.parameters.filter((p) => p.required).map((p) => p.name),
      },
      textual: true,
      locations: Object.fromEntries(op.parameters.map((p) => [p.name, p.in])),
    });
  }
  return out;
});

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

/** Without OpenAPI's x-* keywords and annotations, which strict ajv rejects (the SDK's generator drops them too). */
function strip(node: Json): Json {
  if (Array.isArray(node)) return node.map(strip);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("x-") || ["example", "examples", "description", "title"].includes(key)) continue;
    if (NAME_MAPS.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([n, s]) => [n, strip(s)]));
    else out[key] = key === "const" || key === "enum" || key === "default" ? value : strip(value);
  }
  return out;
}

const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
(addFormatsModule as unknown as (a: Ajv2020, o: { mode: string }) => void)(ajv, { mode: "full" });
const compiled = new Map<string, ValidateFunction>();

/** The schema compiled as the SDK compiles its request validators (one ajv for the file: compiling is the slow part). */
export function sdkAjv(schema: Json): ValidateFunction {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) compiled.set(key, ajv.compile(strip(schema) as object));
  return compiled.get(key)!;
}

/** Where an error points: a missing or unknown property at that property, like the SDK's issue paths. */
export function located(error: ErrorObject): string {
  const p = error.params as { missingProperty?: string; additionalProperty?: string };
  const name = error.keyword === "required" ? p.missingProperty : error.keyword === "additionalProperties" ? p.additionalProperty : undefined;
  return name === undefined ? error.instancePath : `${error.instancePath}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}

export function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  return validate(value) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== "if");
}
