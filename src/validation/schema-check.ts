// The JSON Schema checker with every keyword it knows: what the generator compiles with (and refuses a keyword
// outside of), and what the tests hold to ajv (test/unit/validation/differential.test.ts on every schema in the
// spec). The checking itself is compile.ts; the keywords are in keywords-untyped.ts and keywords-typed.ts, their
// shared helpers in check-context.ts. The generated modules call compile.ts with only the keywords they use.
import type { Formats, Schema } from "./check-context.js";
import { type CompiledValidator, type KeywordGroups, type ValidatorEntry, compileWith, entryWith } from "./compile.js";
import { ARRAY, NUMBER, OBJECT, STRING } from "./keywords-typed.js";
import { UNTYPED } from "./keywords-untyped.js";

export type { Formats, Schema, SchemaError } from "./check-context.js";
export type { CompiledValidator, KeywordGroups, ValidatorEntry } from "./compile.js";

/** Every keyword, in ajv's groups and order: the untyped keywords, then one group per JSON type. */
export const KEYWORDS: KeywordGroups = [
  { keywords: UNTYPED },
  { type: "number", keywords: NUMBER },
  { type: "string", keywords: STRING },
  { type: "array", keywords: ARRAY },
  { type: "object", keywords: OBJECT },
];

/**
 * Every keyword this checker knows, the ones it checks and those that only annotate or that another keyword
 * reads (`then` by `if`). Any other is ignored here, so the generator refuses a schema that has one.
 */
export function knownKeywords(): Set<string> {
  const passive = ["$id", "$schema", "$defs", "title", "description", "default", "examples", "example", "deprecated", "readOnly", "writeOnly", "then", "discriminator", "$comment"];
  return new Set(["type", ...passive, ...KEYWORDS.flatMap((g) => Object.keys(g.keywords))]);
}

/** A validator for `schema` with every keyword (see compileWith). */
export function compileSchema(schema: Schema, formats?: Formats, defs?: Readonly<Record<string, Schema>>): CompiledValidator {
  return compileWith(KEYWORDS, schema, formats, defs);
}

/** A validator entry with every keyword (see entryWith). */
export function validatorEntry(schema: Schema, errorCodes: ValidatorEntry["errorCodes"], formats?: Formats, defs?: Readonly<Record<string, Schema>>): ValidatorEntry {
  return entryWith(KEYWORDS, schema, errorCodes, formats, defs);
}
