// generated/validators.ts and generated/webhook-validators.ts: the schema of every request body, query, path
// and header parameter set, and of every webhook event payload, as data, each wrapped in a validator that
// src/validation/compile.ts compiles on its first call. No code is generated from strings at run time
// (a RegExp is all), so the validators run where that is disallowed (Cloudflare Workers,
// `node --disallow-code-generation-from-strings`). Each module imports only the format checks and the checker's
// keywords its schemas use (src/validation/compile.ts runs the keywords it is given), so a bundle keeps no other.
import {
  type Json,
  type JsonObject,
  type OperationRef,
  inlineSchema,
  isObject,
  listOperations,
  requestBodySchema,
} from "../lib/spec.ts";
import { impliedKeyword, without } from "../lib/diff/implied.ts";
import { envelopeSchema, tolerantSchema } from "./tolerant.ts";
import { escapeSegment } from "../../src/json-pointer.ts";
import { type Formats, type Schema, KEYWORDS, compileSchema, knownKeywords } from "../../src/validation/schema-check.ts";
import * as formatChecks from "../../src/validation/formats.ts";
import * as typedKeywords from "../../src/validation/keywords-typed.ts";
import * as untypedKeywords from "../../src/validation/keywords-untyped.ts";

export type Part = "body" | "query" | "path" | "header";

export interface Entry {
  schema: Json;
  /** [schemaPath prefix, API error code], longest first. */
  errorCodes: [string, string][];
}

/** What the generated modules hold, as data: also what tests build validators from for a changed spec. */
export interface ValidatorSchemas {
  requests: Record<string, Partial<Record<Part, Entry>>>;
  /** Event schemas by event type (tolerant, see tolerant.ts), $ref-ing `webhookDefs`. */
  webhooks: Record<string, Entry>;
  /** An event of a type newer than this SDK is checked against the envelope every event shares. */
  envelope: Entry;
  /** The component schemas the event schemas reference (directly or not), tolerant, by name. */
  webhookDefs: Record<string, Json>;
}

export function validatorSchemas(spec: JsonObject): ValidatorSchemas {
  const requests: ValidatorSchemas["requests"] = {};
  for (const op of listOperations(spec)) {
    const parts: Partial<Record<Part, Entry>> = {};
    const body = requestBodySchema(spec, op);
    if (body) parts.body = entry(spec, body.schema);
    for (const location of ["query", "path", "header"] as const) {
      const params = parameterSchema(op, location);
      if (params) parts[location] = entry(spec, params);
    }
    requests[op.operationId] = parts;
  }
  const webhooks: Record<string, Entry> = {};
  for (const hook of listOperations(spec, "webhooks")) {
    const body = requestBodySchema(spec, hook);
    if (!body) throw new Error(`webhook ${hook.path} has no application/json request body`);
    // Not inlined: the events share Payment, which is held (and compiled) once.
    webhooks[hook.path] = { schema: stripAnnotations(tolerantSchema(toLocalDefs(body.schema))), errorCodes: [] };
  }
  const envelope: Entry = { schema: stripAnnotations(toLocalDefs(envelopeSchema(spec))), errorCodes: [] };
  const components = isObject(spec.components) && isObject(spec.components.schemas) ? spec.components.schemas : {};
  const webhookDefs: Record<string, Json> = {};
  const pending = [...Object.values(webhooks), envelope].flatMap((e) => refNames(e.schema));
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (name in webhookDefs) continue;
    if (!(name in components)) throw new Error(`$ref to components/schemas/${name}, which the spec does not define`);
    webhookDefs[name] = stripAnnotations(tolerantSchema(toLocalDefs(components[name]!)));
    pending.push(...refNames(webhookDefs[name]!));
  }
  return { requests, webhooks, envelope, webhookDefs: Object.fromEntries(Object.entries(webhookDefs).sort(([a], [b]) => a.localeCompare(b))) };
}

/** The format checks of one mode for the formats `schemas` use, by format name → export of formats.ts. */
function formatsFor(schemas: Json[], mode: "full" | "fast"): Record<string, string> {
  const used = new Set<string>();
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isObject(node)) {
      if (typeof node.format === "string") used.add(node.format);
      for (const [key, child] of Object.entries(node)) if (!DATA.has(key)) walk(child);
    }
  };
  schemas.forEach(walk);
  const out: Record<string, string> = {};
  for (const format of [...used].sort()) {
    const name = [`${mode}_${format}`, `full_${format}`].map((n) => n.replace(/-/g, "_")).find((n) => n in formatChecks);
    if (!name) throw new Error(`format ${format} has no check in src/validation/formats.ts: copy it from ajv-formats/dist/formats.js`);
    out[format] = name;
  }
  return out;
}

/** The checks `formatsFor` named, as the validators take them. */
export function formatTable(names: Record<string, string>): Formats {
  const checks = formatChecks as unknown as Record<string, (value: never) => boolean>;
  return Object.fromEntries(Object.entries(names).map(([format, name]) => [format, { number: formatChecks.NUMBER_FORMATS.has(format), check: checks[name]! }]));
}

function schemaLists(s: ValidatorSchemas): { requestSchemas: Json[]; webhookSchemas: Json[] } {
  return {
    requestSchemas: Object.values(s.requests).flatMap((parts) => Object.values(parts).map((e) => e.schema)),
    webhookSchemas: [...Object.values(s.webhooks), s.envelope].map((e) => e.schema).concat(Object.values(s.webhookDefs)),
  };
}

/**
 * The format checks each generated module imports, by format name → check name: the request validators use
 * the full checks, the webhook validators (a tolerant reader's strict mode only) the fast ones.
 */
export function validatorFormats(s: ValidatorSchemas): { requests: Record<string, string>; webhooks: Record<string, string> } {
  const { requestSchemas, webhookSchemas } = schemaLists(s);
  return { requests: formatsFor(requestSchemas, "full"), webhooks: formatsFor(webhookSchemas, "fast") };
}

/** A keyword of the checker as a generated module imports it: [module under src/validation, export name]. */
export function keywordExport(make: unknown): [module: string, name: string] {
  for (const [module, exports] of [["keywords-untyped", untypedKeywords], ["keywords-typed", typedKeywords]] as const) {
    const name = Object.keys(exports).find((n) => (exports as Record<string, unknown>)[n] === make);
    if (name) return [module, name];
  }
  throw new Error("a keyword of src/validation/schema-check.ts KEYWORDS is not exported by keywords-untyped.ts or keywords-typed.ts");
}

/**
 * The checker's keyword groups `schemas` use, as KEYWORDS holds them (same groups, same order, a keyword in every
 * group that has it) but only with the keywords some schema names (any key counts, a property name too: one too
 * many costs bytes, never a check): for these schemas the checks and their order are the same as with every keyword. Returns the groups' source and the imports it needs, by module.
 */
export function keywordGroups(schemas: Json[]): { source: string; imports: Record<string, string[]> } {
  const used = new Set<string>();
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isObject(node)) for (const [key, child] of Object.entries(node)) {
      used.add(key);
      if (!DATA.has(key)) walk(child);
    }
  };
  schemas.forEach(walk);
  const imports: Record<string, string[]> = {};
  const groups = KEYWORDS.map(({ type, keywords }) => {
    const members = Object.entries(keywords).filter(([keyword]) => used.has(keyword)).map(([keyword, make]) => {
      const [module, name] = keywordExport(make);
      imports[module] = [...new Set([...(imports[module] ?? []), name])].sort();
      return keyword === name ? name : `${keyword}: ${name}`;
    });
    return members.length === 0 ? undefined : `{ ${type ? `type: "${type}", ` : ""}keywords: { ${members.join(", ")} } }`;
  }).filter((g) => g !== undefined);
  return { source: `[\n  ${groups.join(",\n  ")},\n]`, imports };
}

/** `src`: the SDK's src/ relative to the folder the modules are written to ("../src" for generated/). */
export function renderValidators(spec: JsonObject, banner: string, src = "../src"): { requests: string; webhooks: string } {
  const s = validatorSchemas(spec);
  const { requestSchemas, webhookSchemas } = schemaLists(s);
  const { requests: requestFormats, webhooks: webhookFormats } = validatorFormats(s);
  // A keyword the checker does not know would be ignored at run time: refuse it here.
  for (const schema of [...requestSchemas, ...webhookSchemas]) unknownKeywords(schema);
  // Compile everything once here: an unsupported format or $ref fails the generator, not a user's call.
  for (const schema of requestSchemas) compileSchema(schema as Schema, formatTable(requestFormats))(null);
  for (const schema of webhookSchemas) compileSchema(schema as Schema, formatTable(webhookFormats), s.webhookDefs as Record<string, Schema>)(null);

  // Identical schemas (the header parameters every operation shares) are written once.
  const shared = new Map<string, string>();
  const literal = (schema: Json) => {
    const json = JSON.stringify(schema);
    if (!shared.has(json)) shared.set(json, `s${shared.size}`);
    return shared.get(json)!;
  };
  const requestTable = Object.entries(s.requests)
    .map(([id, parts]) => `  ${id}: {\n${Object.entries(parts).map(([p, e]) => `    ${p}: entry(${literal(e.schema)}, ${JSON.stringify(e.errorCodes)}),`).join("\n")}\n  },`)
    .join("\n");
  const requestKeywords = keywordGroups(requestSchemas);
  const webhookKeywords = keywordGroups(webhookSchemas);
  const requests = `${banner}${imports(src, requestFormats, requestKeywords.imports)}
${[...shared].map(([json, name]) => `const ${name}: Schema = ${json};`).join("\n")}

${KEYWORDS_DOC}
const keywords: KeywordGroups = ${requestKeywords.source};
const formats: Formats = ${formatObject(requestFormats)};
const entry = (schema: Schema, errorCodes: ReadonlyArray<readonly [string, string]>) => entryWith(keywords, schema, errorCodes, formats);

/** Validators of every operation's body, query, path and header parameters, by operationId. */
export const requestValidators = {
${requestTable}
};
`;
  const webhooks = `${banner}${imports(src, webhookFormats, webhookKeywords.imports, ["Formats", "KeywordGroups", "Schema", "ValidatorEntry"])}
${KEYWORDS_DOC}
const keywords: KeywordGroups = ${webhookKeywords.source};
const formats: Formats = ${formatObject(webhookFormats)};
/** The component schemas the events reference. */
const defs: Record<string, Schema> = ${JSON.stringify(s.webhookDefs)};
const entry = (schema: Schema) => entryWith(keywords, schema, [], formats, defs);

/**
 * Event validators. \`validate(event)\` is a tolerant reader: it checks types, required fields and \`const\`,
 * and accepts what the spec calls non-breaking (a new optional field, a new value of an \`x-growable-enum\`, a
 * value beyond a loosened bound, pattern or format). \`validate.call({ strict: true }, event)\` checks the schema exactly.
 */
export const webhookValidators = {
${Object.entries(s.webhooks).map(([type, e]) => `  ${JSON.stringify(type)}: entry(${JSON.stringify(e.schema)}),`).join("\n")}
};

/** The envelope every event shares ({ id, type, created_at, data: { object } }), for types this SDK does not know. */
export const webhookEnvelope: ValidatorEntry = entry(${JSON.stringify(s.envelope.schema)});
`;
  return { requests, webhooks };
}

/** Throws for the first keyword `compileSchema` does not know, with where it is. */
export function unknownKeywords(node: Json, at = "#", known = knownKeywords()): void {
  if (Array.isArray(node)) return node.forEach((child, i) => unknownKeywords(child, `${at}/${i}`, known));
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (!known.has(key)) throw new Error(`the schema keyword ${key} (at ${at}) is not supported by src/validation/schema-check.ts: add it there, with a differential test against ajv`);
    if (key === "properties" || key === "$defs") for (const [name, child] of Object.entries(value as JsonObject)) unknownKeywords(child, `${at}/${key}/${name}`, known);
    else if (!DATA.has(key) && key !== "required") unknownKeywords(value, `${at}/${key}`, known);
  }
}

const KEYWORDS_DOC = "/** The checker's keywords these schemas use, in its order of evaluation (a bundle keeps no other). */";

function imports(src: string, formats: Record<string, string>, keywords: Record<string, string[]>, types = ["Formats", "KeywordGroups", "Schema"]): string {
  const names = [...new Set(Object.values(formats))].sort();
  return `
import { ${types.map((t) => `type ${t}, `).join("")}entryWith } from "${src}/validation/compile.js";
${Object.entries(keywords).sort(([a], [b]) => a.localeCompare(b)).map(([module, names]) => `import { ${names.join(", ")} } from "${src}/validation/${module}.js";\n`).join("")}${names.length ? `import { ${names.join(", ")} } from "${src}/validation/formats.js";\n` : ""}
export type { CompiledValidator, SchemaError, ValidatorEntry } from "${src}/validation/compile.js";
`;
}

function formatObject(formats: Record<string, string>): string {
  const numeric = (format: string) => (["int32", "int64"].includes(format) ? "number: true, " : "");
  return `{ ${Object.entries(formats).map(([format, name]) => `${JSON.stringify(format)}: { ${numeric(format)}check: ${name} }`).join(", ")} }`;
}

/** Keywords whose value is data, not a schema. */
const DATA = new Set(["examples", "example", "const", "enum", "default", "knownValues", "closedProperties"]);

/** Points component $refs at the `defs` the webhook validators are given (`#/$defs/<name>`). */
function toLocalDefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(toLocalDefs);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === "$ref" && typeof value === "string"
      ? value.replace(/^#\/components\/schemas\//, "#/$defs/")
      : DATA.has(key) ? value : toLocalDefs(value);
  }
  return out;
}

function refNames(node: Json): string[] {
  if (Array.isArray(node)) return node.flatMap(refNames);
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === "$ref" && typeof value === "string" ? [value.slice(value.lastIndexOf("/") + 1)] : DATA.has(key) ? [] : refNames(value));
}

function entry(spec: JsonObject, schema: Json): Entry {
  const inlined = inlineSchema(spec, schema);
  const errorCodes: [string, string][] = [];
  // Stripping removes keys only, so the pointers found before it still hold after.
  collectErrorCodes(inlined, "#", errorCodes);
  errorCodes.sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  return { schema: stripAnnotations(inlined), errorCodes };
}

/** Query, path or header parameters as one object schema, so a whole query is validated in one call. */
function parameterSchema(op: OperationRef, location: "query" | "path" | "header"): Json | undefined {
  const params = op.parameters.filter((p) => p.in === location);
  if (params.length === 0) return undefined;
  const properties: JsonObject = {};
  for (const p of params) properties[String(p.name)] = p.schema ?? {};
  const required = params.filter((p) => p.required === true).map((p) => String(p.name));
  return { type: "object", additionalProperties: false, properties, ...(required.length ? { required } : {}) };
}

/** `x-error-code: <code>` on a schema node maps validation failures under it to that API error code. */
function collectErrorCodes(node: Json, pointer: string, out: [string, string][]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => collectErrorCodes(child, `${pointer}/${i}`, out));
    return;
  }
  if (!isObject(node)) return;
  if (typeof node["x-error-code"] === "string") out.push([pointer, node["x-error-code"]]);
  for (const [key, child] of Object.entries(node)) {
    if (key === "examples" || key === "const" || key === "enum" || key === "default") continue;
    collectErrorCodes(child, `${pointer}/${escapeSegment(key)}`, out);
  }
}

/** Keywords whose value maps names to schemas: its keys are names (a property may be called `description`). */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
/** Annotations no check reads: they would only add bytes to the generated modules. */
const DROPPED = new Set(["example", "examples", "description", "title"]);

/** Removes OpenAPI-only keywords (`x-*`, `example`) and annotations no check reads. */
function stripAnnotations(node: Json): Json {
  if (Array.isArray(node)) return node.map(stripAnnotations);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("x-") || DROPPED.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, stripAnnotations(schema)]));
    else out[key] = key === "const" || key === "enum" || key === "default" ? value : stripAnnotations(value);
  }
  return withoutImplied(out);
}

/**
 * Drops a `maxLength` or `format` the rest of the schema already enforces (a pattern's longest match, int64 on
 * an integer): the validator would report the same bad value twice, and the check costs bytes and time for nothing.
 */
function withoutImplied(schema: JsonObject): JsonObject {
  const out = { ...schema };
  for (const keyword of ["maxLength", "format"]) if (out[keyword] !== undefined && impliedKeyword(without(schema, keyword), keyword, out[keyword])) delete out[keyword];
  return out;
}
