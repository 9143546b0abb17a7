// Checks every example in a spec against its schema: media-type examples of request bodies, responses and
// webhooks, parameter and header examples, and schema-level `examples`. Stricter than Redocly in one way:
// response and event examples may not carry fields the schema does not declare (a typo'd field in an
// example would otherwise document a field that does not exist).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { type Json, type JsonObject, deref, inlineSchema, isObject } from "./spec.ts";
import { escapeSegment as escape } from "../../src/json-pointer.ts";

export interface ExampleProblem {
  /** JSON pointer of the example in the spec. */
  where: string;
  message: string;
}

export function checkExamples(spec: JsonObject): { checked: number; problems: ExampleProblem[] } {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const problems: ExampleProblem[] = [];
  let checked = 0;

  const check = (schema: Json, value: Json, where: string, closed: boolean) => {
    checked++;
    let inlined = inlineSchema(spec, schema);
    if (closed) inlined = closeObjects(inlined);
    const validate = ajv.compile(inlined as object);
    if (!validate(value)) {
      for (const e of validate.errors ?? []) {
        if (e.keyword === "if") continue; // the failing `then` branch is reported on its own
        const extra = e.keyword === "unevaluatedProperties" ? ` \`${String(e.params.unevaluatedProperty)}\`` : "";
        problems.push({ where: `${where}${e.instancePath}`, message: `${e.message}${extra}` });
      }
    }
  };

  const visitMedia = (media: JsonObject, where: string, closed: boolean) => {
    if (media.schema === undefined) return;
    if (media.example !== undefined) check(media.schema, media.example, `${where}/example`, closed);
    for (const [name, ex] of Object.entries(isObject(media.examples) ? media.examples : {})) {
      const resolved = deref(spec, ex) as JsonObject;
      if (resolved.value !== undefined) check(media.schema, resolved.value, `${where}/examples/${name}`, closed);
    }
  };
  const visitContent = (content: Json, where: string, closed: boolean) => {
    for (const [type, media] of Object.entries(isObject(content) ? content : {})) {
      if (isObject(media)) visitMedia(media, `${where}/content/${escape(type)}`, closed);
    }
  };
  const visitParamOrHeader = (raw: Json, where: string) => {
    const p = deref(spec, raw) as JsonObject;
    if (p.schema !== undefined && p.example !== undefined) check(p.schema, p.example, `${where}/example`, false);
  };

  for (const section of ["paths", "webhooks"] as const) {
    for (const [path, item] of Object.entries(isObject(spec[section]) ? spec[section] : {})) {
      for (const [method, op] of Object.entries(isObject(item) ? item : {})) {
        if (!isObject(op)) continue;
        const base = `#/${section}/${escape(path)}/${method}`;
        (Array.isArray(op.parameters) ? op.parameters : []).forEach((p, i) => visitParamOrHeader(p, `${base}/parameters/${i}`));
        if (op.requestBody !== undefined) {
          const body = deref(spec, op.requestBody) as JsonObject;
          // Webhook payloads are responses from the receiver's point of view: PayConnect writes them.
          visitContent(body.content ?? null, `${base}/requestBody`, section === "webhooks");
        }
        for (const [status, raw] of Object.entries(isObject(op.responses) ? op.responses : {})) {
          const response = deref(spec, raw) as JsonObject;
          visitContent(response.content ?? null, `${base}/responses/${status}`, true);
          for (const [name, h] of Object.entries(isObject(response.headers) ? response.headers : {})) {
            visitParamOrHeader(h, `${base}/responses/${status}/headers/${name}`);
          }
        }
      }
    }
  }
  const components = isObject(spec.components) ? spec.components : {};
  for (const [name, schema] of Object.entries(isObject(components.schemas) ? components.schemas : {})) {
    if (!isObject(schema) || !Array.isArray(schema.examples)) continue;
    schema.examples.forEach((ex, i) => check(schema, ex, `#/components/schemas/${name}/examples/${i}`, false));
  }
  return { checked, problems };
}

/** Adds `unevaluatedProperties: false` to object schemas that leave extra properties open. */
function closeObjects(node: Json, member = false): Json {
  if (Array.isArray(node)) return node.map((item) => closeObjects(item));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    // Conditional branches only refine the parent; closing them would reject the parent's own fields.
    const refinesParent = key === "if" || key === "then" || key === "else";
    // allOf members (a $ref's siblings, inlined) add to the parent's properties: the parent is closed over all of
    // them, each member on its own would reject the others' fields. What lies below a member is closed as usual.
    if (key === "allOf" && Array.isArray(value)) out[key] = value.map((item) => closeObjects(item, true));
    else out[key] = key === "examples" || key === "const" || key === "enum" || refinesParent ? value : closeObjects(value);
  }
  if (!member && declaresProperties(node) && node.additionalProperties === undefined && node.unevaluatedProperties === undefined) {
    out.unevaluatedProperties = false;
  }
  return out;
}

const declaresProperties = (node: Json): boolean =>
  isObject(node) && (isObject(node.properties) || (Array.isArray(node.allOf) && node.allOf.some(declaresProperties)));
