// Webhook events derived from the spec's own examples, and the places in them the spec calls growable.
// Tests mutate these instead of copying an example, so a spec change needs no test edit.
import { createHmac } from "node:crypto";
import { type Json, type JsonObject, deref, inlineSchema, isObject, listOperations, loadSpec, requestBodySchema } from "../../../scripts/lib/spec.ts";
import { specPath } from "../../helpers/paths.ts";

export const spec = loadSpec(specPath);
export const NOW = 1_764_417_792;
export const SECRET = "whsec_test_derived_from_spec";

export interface SpecEvent {
  /** `<event type> / <example name>` */
  name: string;
  type: string;
  event: JsonObject;
  /** The event's schema with every $ref inlined. */
  schema: JsonObject;
}

export function specEvents(): SpecEvent[] {
  return listOperations(spec, "webhooks").flatMap((hook) => {
    const schema = inlineSchema(spec, requestBodySchema(spec, hook)!.schema) as JsonObject;
    const body = deref(spec, hook.operation.requestBody!) as JsonObject;
    const media = (body.content as JsonObject)["application/json"] as JsonObject;
    const examples = isObject(media.examples) ? media.examples : {};
    return Object.entries(examples).map(([name, ex]) => ({
      name: `${hook.path} / ${name}`,
      type: hook.path,
      event: structuredClone((deref(spec, ex) as JsonObject).value) as JsonObject,
      schema,
    }));
  });
}

/** The header PayConnect would send, computed with node:crypto (independent of src/webhooks). */
export function sign(body: string | Uint8Array, secret = SECRET, t = NOW): string {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  return `t=${t},v1=${createHmac("sha256", secret).update(`${t}.`).update(bytes).digest("hex")}`;
}

/** `event` as a correctly signed delivery through one entry's verifyWebhook, tolerant unless `strict` is given. */
export function verifySigned(impl: { verifyWebhook: (body: string, header: string, secret: string, options: object) => Promise<unknown> }, event: unknown, strict?: boolean) {
  const body = JSON.stringify(event);
  return impl.verifyWebhook(body, sign(body), SECRET, { now: NOW, ...(strict === undefined ? {} : { strict }) });
}

export interface Place {
  /** Property names from the event root. */
  path: string[];
  schema: JsonObject;
  value: Json;
}

/** Every value in `value` with the (inlined) schema that describes it; oneOf/anyOf pick the branch whose type fits. */
export function places(schema: JsonObject, value: Json, path: string[] = []): Place[] {
  const fits = (s: Json) => isObject(s) && (s.type === undefined || [s.type].flat().includes(value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value) || ([s.type].flat().includes("number") && typeof value === "number"));
  const branch = [schema.oneOf, schema.anyOf].flat().find((s) => s !== undefined && fits(s));
  const own = isObject(branch) ? { ...schema, ...branch } : schema;
  const out: Place[] = [{ path, schema: own, value }];
  if (isObject(value) && isObject(own.properties)) {
    for (const [key, child] of Object.entries(value)) {
      const childSchema = own.properties[key];
      if (isObject(childSchema)) out.push(...places(childSchema, child, [...path, key]));
    }
  }
  return out;
}

export function setAt(root: JsonObject, path: string[], value: Json | undefined): JsonObject {
  const copy = structuredClone(root);
  let node: JsonObject = copy;
  for (const key of path.slice(0, -1)) node = node[key] as JsonObject;
  if (value === undefined) delete node[path.at(-1)!];
  else node[path.at(-1)!] = value;
  return copy;
}
