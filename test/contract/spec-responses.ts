// The documented responses of every operation (status, named examples, schema), read from openapi.yaml, and
// an ajv validator for re-checking what Prism returns.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { type Json, type JsonObject, deref, inlineSchema, isObject, listOperations, loadSpec } from "../../scripts/lib/spec.ts";
import { specPath } from "../helpers/paths.ts";

export const spec = loadSpec(specPath);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

export interface DocumentedResponse {
  operationId: string;
  status: number;
  examples: string[];
  validate: ((data: unknown) => boolean) & { errors?: unknown };
}

export function documentedResponses(): DocumentedResponse[] {
  const out: DocumentedResponse[] = [];
  for (const op of listOperations(spec)) {
    for (const [status, raw] of Object.entries(op.operation.responses as JsonObject)) {
      const response = deref(spec, raw) as JsonObject;
      const media = isObject(response.content) ? (response.content["application/json"] as JsonObject | undefined) : undefined;
      const schema = inlineSchema(spec, (media?.schema ?? {}) as Json);
      out.push({
        operationId: op.operationId,
        status: Number(status),
        examples: Object.keys(isObject(media?.examples) ? media!.examples : {}),
        validate: ajv.compile(schema as object),
      });
    }
  }
  return out;
}
