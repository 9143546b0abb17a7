// Schema checks for what a server sends, over the schema engine's ajv (one per run, each schema compiled once).
// Responses are held to the spec as it is written: a value outside an enum is a finding here even where clients
// read it tolerantly.
import { SchemaJudge } from "./schema/index.ts";
import type { Json } from "./spec.ts";

export class SchemaChecker {
  readonly judge = new SchemaJudge();

  /** Problems of `value` against `schema`, each as "<pointer> <message>"; empty when it conforms. */
  errors(schema: Json, value: unknown): string[] {
    if (typeof schema !== "object" || schema === null) return [];
    return this.judge.errors(schema, value).map((e) =>
      `${e.instancePath || "(root)"} ${e.message ?? e.keyword}${e.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as unknown[]).join(", ")})` : ""}`);
  }
}
