// generated/validators.js (+ .d.ts): ajv standalone validators for every request body, query and path
// parameter set, and every webhook event payload, bundled by esbuild into one dependency-free ES module
// with no require() and no new Function(), so it runs where code generation from strings is disallowed
// (Cloudflare Workers, `node --disallow-code-generation-from-strings`).
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Name, _ } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
import { type Plugin, build } from "esbuild";
import {
  type Json,
  type JsonObject,
  type OperationRef,
  inlineSchema,
  isObject,
  listOperations,
  requestBodySchema,
} from "../lib/spec.ts";
import { formatImplied, impliedMaxLength } from "../lib/diff/implied.ts";
import { addTolerantKeywords, envelopeSchema, tolerantSchema } from "./tolerant.ts";
import { COMMON_DTS, renderRequestDts, renderWebhookDts } from "./validator-dts.ts";

export type Part = "body" | "query" | "path" | "header";

export interface Entry {
  exportName: string;
  schema: Json;
  /** [ajv schemaPath prefix, API error code], longest first. */
  errorCodes: [string, string][];
}

export interface ValidatorModules {
  /** Request bodies, queries and path parameters (full format checks: they guard user input). */
  requests: { js: string; dts: string };
  /**
   * Webhook event payloads (tolerant unless called with `this.strict`, see tolerant.ts), in their own module so `@payconnect/sdk/webhooks` does not carry the request
   * validators, and with ajv-formats' "fast" format checks: the full date-time/email checks cost ~1 µs of
   * the ~1.2 µs an event validation takes, on a payload whose signature was already verified.
   */
  webhooks: { js: string; dts: string };
}

export async function renderValidators(spec: JsonObject, banner: string, projectRoot: string): Promise<ValidatorModules> {
  const requests: Record<string, Partial<Record<Part, Entry>>> = {};
  const webhooks: Record<string, Entry> = {};

  for (const op of listOperations(spec)) {
    const parts: Partial<Record<Part, Entry>> = {};
    const body = requestBodySchema(spec, op);
    if (body) parts.body = entry(spec, `${op.operationId}_body`, body.schema);
    const query = parameterSchema(op, "query");
    if (query) parts.query = entry(spec, `${op.operationId}_query`, query);
    const path = parameterSchema(op, "path");
    if (path) parts.path = entry(spec, `${op.operationId}_path`, path);
    const header = parameterSchema(op, "header");
    if (header) parts.header = entry(spec, `${op.operationId}_header`, header);
    requests[op.operationId] = parts;
  }
  for (const hook of listOperations(spec, "webhooks")) {
    const body = requestBodySchema(spec, hook);
    if (!body) throw new Error(`webhook ${hook.path} has no application/json request body`);
    // Not inlined: the three events share Payment, which should be compiled once (see compileModule).
    webhooks[hook.path] = { exportName: `webhook_${hook.path.replace(/[^A-Za-z0-9]/g, "_")}`, schema: tolerantSchema(toSharedRefs(body.schema)), errorCodes: [] };
  }
  // An event of a type newer than this SDK is checked against the envelope every event shares.
  const envelope: Entry = { exportName: "webhook_envelope", schema: toSharedRefs(envelopeSchema(spec)), errorCodes: [] };
  const components = isObject(spec.components) && isObject(spec.components.schemas) ? spec.components.schemas : {};
  const sharedSchemas = { $id: SHARED_ID, $defs: tolerantSchema(toSharedRefs(components)) } as JsonObject;

  const ref = (e: Entry) => `{ validate: ${e.exportName}, errorCodes: ${JSON.stringify(e.errorCodes)} }`;
  const requestTable = `
export const requestValidators = {
${Object.entries(requests)
  .map(([id, parts]) => `  ${id}: { ${Object.entries(parts).map(([p, e]) => `${p}: ${ref(e)}`).join(", ")} },`)
  .join("\n")}
};
`;
  const webhookTable = `
export const webhookValidators = {
${Object.entries(webhooks)
  .map(([type, e]) => `  ${JSON.stringify(type)}: ${ref(e)},`)
  .join("\n")}
};
export const webhookEnvelope = ${ref(envelope)};
`;
  const requestEntries = Object.values(requests).flatMap((parts) => Object.values(parts));
  return {
    requests: {
      js: banner + (await compileModule(requestEntries, "full", requestTable, projectRoot)),
      dts: banner + COMMON_DTS + renderRequestDts(requests),
    },
    webhooks: {
      js: banner + (await compileModule([...Object.values(webhooks), envelope], "fast", webhookTable, projectRoot, sharedSchemas)),
      // The shared interfaces are declared once, in validators.d.ts.
      dts: banner + `\nimport type { ValidatorEntry } from "./validators.js";\nexport type { CompiledValidator, SchemaError, ValidatorEntry } from "./validators.js";\n` + renderWebhookDts(webhooks),
    },
  };
}

const SHARED_ID = "payconnect-components";

/** Points local component $refs at the shared schema document, so ajv compiles each component once. */
function toSharedRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(toSharedRefs);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === "$ref" && typeof value === "string"
      ? value.replace(/^#\/components\/schemas\//, `${SHARED_ID}#/$defs/`)
      : key === "examples" ? value : toSharedRefs(value);
  }
  return out;
}

/**
 * Compiles `entries` to ajv standalone code and bundles it, with `tables` appended, into one ES module.
 * With `shared` (a document of $defs the entries $ref), referenced schemas become shared functions instead
 * of being inlined into every entry, and the tolerant-reader keywords are available (validators then read
 * `this`: ajv's passContext).
 */
async function compileModule(entries: Entry[], formats: "full" | "fast", tables: string, projectRoot: string, shared?: JsonObject): Promise<string> {
  const ajv = new Ajv2020({
    strict: true,
    // `then` branches refine a property the parent already types (CreatePaymentRequest's RUB maximum);
    // repeating `type` there would report a wrong amount twice, once with the wrong error code.
    strictTypes: false,
    allErrors: true, // report every problem at once, not just the first
    code: { source: true, esm: true, lines: true },
    inlineRefs: shared === undefined,
    passContext: shared !== undefined,
  });
  addFormats.default(ajv, { mode: formats });
  // Format checks that are not inlined regexes come from a module of our own holding only those (formatsModule).
  ajv.opts.code.formats = _`require(${FORMATS_MODULE}).${new Name(formats)}`;
  if (shared) addTolerantKeywords(ajv);
  if (shared) ajv.addSchema(stripAnnotations(shared) as object);
  for (const e of entries) ajv.addSchema(stripAnnotations(e.schema) as object, e.exportName);
  const standalone = standaloneCode.default(ajv, Object.fromEntries(entries.map((e) => [e.exportName, e.exportName])));
  const bundled = await build({
    stdin: { contents: standalone + tables, resolveDir: projectRoot, sourcefile: "validators.js", loader: "js" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    plugins: [formatsModule(standalone, formats)],
    legalComments: "none",
    charset: "utf8",
    logLevel: "silent",
  });
  const js = bundled.outputFiles[0]!.text;
  for (const forbidden of [/(?<![\w$'"])require\s*\(/, /new Function/, /(?<![\w$])eval\s*\(/]) {
    if (forbidden.test(js)) throw new Error(`generated validators contain ${forbidden}: they would not load on Workers`);
  }
  return js;
}

const FORMATS_MODULE = "payconnect:formats";
const FORMAT_RUNTIME = fileURLToPath(new URL("./format-runtime.js", import.meta.url));

/**
 * The module `require(FORMATS_MODULE).<mode>` resolves to in the bundle: an object of exactly the format checks
 * the standalone code reads, imported by name from format-runtime.js so nothing else is bundled.
 */
function formatsModule(standalone: string, mode: "full" | "fast"): Plugin {
  const used = new Set<string>();
  const access = new RegExp(`require\\("${FORMATS_MODULE}"\\)\\.${mode}(?:\\.([\\w$]+)|\\[("[^"]+")\\])`, "g");
  for (const m of standalone.matchAll(access)) used.add(m[1] ?? (JSON.parse(m[2]!) as string));
  return {
    name: "payconnect-formats",
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${FORMATS_MODULE}$`) }, () => ({ path: FORMATS_MODULE, namespace: "payconnect-formats" }));
      b.onLoad({ filter: /.*/, namespace: "payconnect-formats" }, async () => {
        const available = await import(FORMAT_RUNTIME) as Record<string, unknown>;
        const names = [...used].map((format) => [format, `${mode}_${format.replace(/-/g, "_")}`] as const);
        const missing = names.filter(([, name]) => !(name in available)).map(([format]) => format);
        if (missing.length > 0) {
          throw new Error(`format ${missing.join(", ")} (${mode}) has no check in scripts/gen/format-runtime.js: copy it from ajv-formats/dist/formats.js`);
        }
        return {
          resolveDir: dirname(FORMAT_RUNTIME),
          loader: "js",
          contents: `import { ${names.map(([, n]) => n).join(", ")} } from "./format-runtime.js";\n` +
            `export const ${mode} = { ${names.map(([f, n]) => `${JSON.stringify(f)}: ${n}`).join(", ")} };\n`,
        };
      });
    },
  };
}

function entry(spec: JsonObject, exportName: string, schema: Json): Entry {
  const inlined = inlineSchema(spec, schema);
  const errorCodes: [string, string][] = [];
  collectErrorCodes(inlined, "#", errorCodes);
  errorCodes.sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]));
  return { exportName, schema: inlined, errorCodes };
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
    collectErrorCodes(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
  }
}

/** Keywords whose value maps names to schemas: its keys are names (a property may be called `description`). */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);
/** Annotations no check reads; ajv standalone copies a schema object into the bundle when code refers to it. */
const DROPPED = new Set(["example", "examples", "description", "title"]);

/** Removes OpenAPI-only keywords (`x-*`, `example`) that ajv's strict mode would reject, and unused annotations. */
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
 * an integer): ajv would report the same bad value twice, and the check costs bytes and time for nothing.
 */
function withoutImplied(schema: JsonObject): JsonObject {
  const rest = (keyword: string) => Object.fromEntries(Object.entries(schema).filter(([k]) => k !== keyword));
  const out = { ...schema };
  if (typeof out.maxLength === "number" && out.maxLength >= (impliedMaxLength(rest("maxLength")) ?? Infinity)) delete out.maxLength;
  if (out.format !== undefined && formatImplied(rest("format"), out.format)) delete out.format;
  return out;
}
