// Schema checks for what a server sends: one ajv (JSON Schema 2020-12, full format checks) for the whole run,
// each schema compiled once. Responses are held to the spec as it is written: a value outside an enum is a
// finding here even where clients read it tolerantly.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { Json } from "./spec.ts";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options: { mode: "full" }) => void;

export class SchemaChecker {
  readonly #ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  readonly #compiled = new WeakMap<object, ValidateFunction>();

  constructor() {
    addFormats(this.#ajv, { mode: "full" });
  }

  /** Problems of `value` against `schema`, each as "<pointer> <message>"; empty when it conforms. */
  errors(schema: Json, value: unknown): string[] {
    if (typeof schema !== "object" || schema === null) return [];
    let validate = this.#compiled.get(schema);
    if (validate === undefined) {
      validate = this.#ajv.compile(schema as object);
      this.#compiled.set(schema, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword}${e.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as unknown[]).join(", ")})` : ""}`);
  }
}
