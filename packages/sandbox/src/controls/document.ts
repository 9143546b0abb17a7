// The controls' own OpenAPI document (controls.yaml at the package root): their routes and request schemas
// come from it, compiled with ajv once when the sandbox starts.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

export interface ControlOperation {
  operationId: string;
  method: string;
  pattern: RegExp;
  pathParams: string[];
  validateBody: ValidateFunction | undefined;
  /** Its query parameters as one object schema: the declared ones only, each at most once. */
  validateQuery: ValidateFunction;
  bodyRequired: boolean;
}

/** controls.yaml beside package.json: two folders up from src/controls/, one up from dist/. */
export function controlsPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, "controls.yaml"))) return join(dir, "controls.yaml");
  }
  throw new Error("controls.yaml is missing from the @payconnect/sandbox package; reinstall it");
}

type Json = Record<string, any>;

function querySchema(parameters: Json[]): Json {
  const query = parameters.filter((p) => p.in === "query");
  return {
    type: "object",
    additionalProperties: false,
    required: query.filter((p) => p.required === true).map((p) => p.name),
    properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])),
  };
}

export function loadControls(path = controlsPath()): ControlOperation[] {
  const doc = parse(readFileSync(path, "utf8")) as Json;
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: "controls", components: doc.components });
  const ops: ControlOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(item as Json)) {
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const media = op.requestBody?.content?.["application/json"];
      const schema = media?.schema === undefined ? undefined : JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', '"controls#/components/'));
      ops.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, "([^/]+)")}$`),
        pathParams,
        validateBody: schema === undefined ? undefined : ajv.compile(schema),
        validateQuery: ajv.compile(querySchema(op.parameters ?? [])),
        bodyRequired: op.requestBody?.required === true,
      });
    }
  }
  return ops;
}
