// Changes outside operations: security schemes, servers, and the documentation at the top.
import { type Json, type JsonObject, isObject } from "../spec.ts";
import { stable, strip } from "./stable.ts";
import { ALWAYS, type Ctx, NEVER, emit } from "./types.ts";

export function diffTopLevel(root: Ctx): void {
  const at = (component: string): Ctx => ({ ...root, component });
  const schemes = (s: JsonObject) => (isObject(s.components) && isObject(s.components.securitySchemes) ? s.components.securitySchemes : {});
  for (const [name, scheme] of Object.entries(schemes(root.base))) {
    const other = schemes(root.head)[name];
    if (!other) emit(at(`security scheme ${name}`), ALWAYS, "removed");
    else if (stable(strip(scheme)) !== stable(strip(other))) emit(at(`security scheme ${name}`), ALWAYS, "changed");
    else if (stable(scheme) !== stable(other)) emit(at(`security scheme ${name}`), "docs", "description changed");
  }
  for (const name of Object.keys(schemes(root.head))) if (!(name in schemes(root.base))) emit(at(`security scheme ${name}`), NEVER, "added");
  const urls = (s: JsonObject) => ((s.servers as JsonObject[] | undefined) ?? []).map((x) => String(x.url));
  for (const url of urls(root.base)) if (!urls(root.head).includes(url)) emit(at("servers"), ALWAYS, `server ${url} removed`);
  for (const url of urls(root.head)) if (!urls(root.base).includes(url)) emit(at("servers"), NEVER, `server ${url} added`);
  if (stable(withoutVersion(root.base.info)) !== stable(withoutVersion(root.head.info))) emit(at("info"), "docs", "title, summary or description changed");
  if (stable(root.base.tags ?? []) !== stable(root.head.tags ?? [])) emit(at("tags"), "docs", "tags changed");
}

/** info.version is the release's business (the gate compares it separately), not a change to report. */
function withoutVersion(info: Json | undefined): Json {
  if (!isObject(info)) return info ?? null;
  const { version: _version, ...rest } = info;
  return rest;
}
