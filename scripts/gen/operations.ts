// generated/operations.ts: one table row per operation. The SDK builds a method from each row, so a new
// operation in openapi.yaml needs no hand-written code.
import {
  type JsonObject,
  type OperationRef,
  deref,
  isObject,
  listOperations,
  requestBodySchema,
} from "../lib/spec.ts";
import { camelCase, jsdoc } from "./jsdoc.ts";

export interface OperationRow {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
  bodyRequired: boolean;
  hasQuery: boolean;
  /** The operation declares an `Idempotency-Key` header: the SDK sends one and may retry it. */
  idempotent: boolean;
  auth: "secretKey" | "accessToken" | "none";
  /** Cursor pagination: `starting_after` query parameter and a `{ data, has_more }` 2xx body. */
  paginated: boolean;
  /** 2xx statuses (as the spec writes them: "204", "2XX") documented without content. */
  noContent: string[];
}

export function operationRows(spec: JsonObject): Record<string, OperationRow> {
  const rows: Record<string, OperationRow> = {};
  for (const op of listOperations(spec)) {
    if (rows[op.operationId]) throw new Error(`duplicate operationId ${op.operationId}`);
    const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    for (const name of pathParams) {
      if (!op.parameters.some((p) => p.in === "path" && p.name === name)) {
        throw new Error(`${op.operationId}: path parameter {${name}} is not declared`);
      }
    }
    const queryParams = op.parameters.filter((p) => p.in === "query").map((p) => String(p.name));
    const body = requestBodySchema(spec, op);
    rows[op.operationId] = {
      method: op.method,
      path: op.path,
      pathParams,
      queryParams,
      hasBody: body !== undefined,
      bodyRequired: body?.required ?? false,
      hasQuery: queryParams.length > 0,
      idempotent: op.parameters.some((p) => p.in === "header" && String(p.name).toLowerCase() === "idempotency-key"),
      auth: authOf(spec, op),
      paginated: queryParams.includes("starting_after") && listResponse(spec, op),
      noContent: noContentStatuses(spec, op),
    };
  }
  return rows;
}

function authOf(spec: JsonObject, op: OperationRef): OperationRow["auth"] {
  const security = (op.operation.security ?? spec.security ?? []) as JsonObject[];
  const names = security.flatMap((req) => Object.keys(req));
  if (names.length === 0) return "none";
  if (names.length > 1 || (names[0] !== "secretKey" && names[0] !== "accessToken")) {
    throw new Error(`${op.operationId}: the SDK knows the secretKey and accessToken schemes, got ${names.join(", ")}`);
  }
  return names[0];
}

function listResponse(spec: JsonObject, op: OperationRef): boolean {
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  const ok = Object.keys(responses).find((code) => code.startsWith("2"));
  if (!ok) return false;
  const response = deref(spec, responses[ok]!) as JsonObject;
  const media = isObject(response.content) ? response.content["application/json"] : undefined;
  const schema = isObject(media) ? deref(spec, media.schema ?? null) : null;
  const props = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  return "data" in props && "has_more" in props;
}

function noContentStatuses(spec: JsonObject, op: OperationRef): string[] {
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  return Object.keys(responses).filter((code) => {
    const content = (deref(spec, responses[code]!) as JsonObject).content;
    return /^2(\d\d|XX)$/i.test(code) && !(isObject(content) && Object.keys(content).length > 0);
  });
}

/**
 * Where an operation is explained in the rendered reference (Redoc's `#tag/<tag>/operation/<id>` anchors),
 * under the spec's top-level `externalDocs.url`; undefined when the spec does not say where its docs live.
 */
export function docsLink(spec: JsonObject, op: OperationRef): string | undefined {
  const base = isObject(spec.externalDocs) && typeof spec.externalDocs.url === "string" ? spec.externalDocs.url : undefined;
  if (base === undefined) return undefined;
  const tag = Array.isArray(op.operation.tags) && typeof op.operation.tags[0] === "string" ? op.operation.tags[0] : undefined;
  return `${base}#${tag === undefined ? "" : `tag/${encodeURIComponent(tag)}/`}operation/${op.operationId}`;
}

/**
 * One entry per operation: its path parameters as a labelled tuple (so a method reads
 * `getPayment(paymentId: string, …)`, not `args_0`), under a JSDoc block from the spec's summary and
 * description. src/client/types.ts maps over this interface, which carries the JSDoc onto each method.
 */
function renderPathArgs(spec: JsonObject): string {
  const entries = listOperations(spec).map((op) => {
    const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const labels = pathParams.map((name) => `${camelCase(name)}: OperationTypes[${JSON.stringify(op.operationId)}]["parameters"]["path"][${JSON.stringify(name)}]`);
    const text = (key: string) => (typeof op.operation[key] === "string" ? (op.operation[key] as string) : undefined);
    const link = docsLink(spec, op);
    const tags = [`\`${op.method.toUpperCase()} ${op.path}\``, ...(link ? [`@see {@link ${link} | API reference}`] : [])];
    if (op.operation.deprecated === true) tags.push("@deprecated");
    return `${jsdoc([text("summary"), text("description")], tags, "  ")}  ${op.operationId}: [${labels.join(", ")}];`;
  });
  return `/** Per operation: the path parameters, in path order, that the SDK method takes first; documented from the spec. */
export interface OperationPathArgs {
${entries.join("\n")}
}
`;
}

export function renderOperations(spec: JsonObject, banner: string): string {
  const rows = operationRows(spec);
  const webhooks = Object.keys(isObject(spec.webhooks) ? spec.webhooks : {});
  const body = Object.entries(rows)
    .map(([id, row]) => `  ${id}: ${JSON.stringify(row)},`)
    .join("\n");
  return `${banner}
import type { operations as OperationTypes } from "./schema.js";

export interface OperationInfo {
  readonly method: "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";
  readonly path: string;
  /** Path parameter names, in the order they appear in the path. */
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
  readonly hasQuery: boolean;
  /** The operation accepts an \`Idempotency-Key\` header, so the SDK sends one and may retry it. */
  readonly idempotent: boolean;
  /** Which credential the operation needs. */
  readonly auth: "secretKey" | "accessToken" | "none";
  /** Cursor pagination with \`starting_after\` and a \`{ data, has_more }\` response. */
  readonly paginated: boolean;
  /** 2xx statuses documented without content ("204", "2XX"): only these may come back with an empty body. */
  readonly noContent: readonly string[];
}

export const operations = {
${body}
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof operations;

/** Event types described in the spec's \`webhooks\` section. */
export const webhookEvents = ${JSON.stringify(webhooks)} as const;

export type WebhookEventType = (typeof webhookEvents)[number];

${renderPathArgs(spec)}`;
}
