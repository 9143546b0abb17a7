// generated/spec-document.ts: the whole spec as data, for servers' and testers' code that needs more than the
// generated tables (the conformance runner walks its schemas, responses and links). A JSON string parsed at
// load time: cheap for tsc, and the sandbox's bundle carries it. Kept out of the SDK's build.
import type { JsonObject } from "../lib/spec.ts";

export function renderSpecDocument(spec: JsonObject, banner: string): string {
  return `${banner}
/** openapi.yaml as parsed JSON ($refs kept). */
export const specDocument: unknown = JSON.parse(${JSON.stringify(JSON.stringify(spec))});
`;
}
