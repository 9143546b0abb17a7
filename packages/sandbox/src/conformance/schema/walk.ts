// Where the violation walk goes below a schema node: into properties (adding an absent optional one when the
// instance stays valid, so its constraints are reachable), extra properties, items, allOf members, the
// matching oneOf/anyOf branch, and both sides of an if/then/else (moving the instance into the branch).
import { escapeSegment } from "../../../../../src/json-pointer.ts";
import { type Json, type JsonObject, getAt, isObject, setAt } from "./json.ts";
import { mergeSchemas } from "./merge.ts";
import type { ViolationWalker } from "./violations.ts";

/** [schema, instance pointer, schema path, root instance to walk it with]. */
export type Step = [Json, string, string, unknown];

function example(walker: ViolationWalker, schema: Json): unknown {
  try {
    return walker.ctx.example(schema);
  } catch {
    return undefined;
  }
}

/** `root` with `value` put at `pointer`, when the whole stays valid. */
function placed(walker: ViolationWalker, root: unknown, pointer: string, value: unknown): unknown {
  if (value === undefined) return undefined;
  const next = setAt(root, pointer, value);
  return walker.judge.valid(walker.schema, next) ? next : undefined;
}

function step(walker: ViolationWalker, root: unknown, sub: Json, at: string, subPath: string): Step[] {
  if (getAt(root, at) !== undefined) return [[sub, at, subPath, root]];
  const next = placed(walker, root, at, example(walker, sub));
  return next === undefined ? [] : [[sub, at, subPath, next]];
}

export function subWalks(walker: ViolationWalker, root: unknown, schema: JsonObject, pointer: string, path: string): Step[] {
  const value = getAt(root, pointer);
  const steps: Step[] = [];
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [name, sub] of Object.entries(properties)) {
      steps.push(...step(walker, root, sub, `${pointer}/${escapeSegment(name)}`, `${path}/properties/${escapeSegment(name)}`));
    }
    const patterns = isObject(schema.patternProperties) ? schema.patternProperties : {};
    for (const [pattern, sub] of Object.entries(patterns)) {
      const key = Object.keys(value).find((k) => new RegExp(pattern, "u").test(k));
      if (key !== undefined) steps.push([sub, `${pointer}/${escapeSegment(key)}`, `${path}/patternProperties/${escapeSegment(pattern)}`, root]);
    }
    if (isObject(schema.additionalProperties)) {
      const extra = (k: string) => !Object.hasOwn(properties, k) && !Object.keys(patterns).some((p) => new RegExp(p, "u").test(k));
      const key = Object.keys(value).find(extra) ?? [String(example(walker, { type: "string", minLength: 1, allOf: [schema.propertyNames ?? true] })), "extra_key"].find(extra);
      if (key !== undefined) steps.push(...step(walker, root, schema.additionalProperties, `${pointer}/${escapeSegment(key)}`, `${path}/additionalProperties`));
    }
  }
  if (Array.isArray(value)) {
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
    prefix.forEach((sub, i) => steps.push(...step(walker, root, sub, `${pointer}/${i}`, `${path}/prefixItems/${i}`)));
    if (schema.items !== undefined) steps.push(...step(walker, root, schema.items, `${pointer}/${prefix.length}`, `${path}/items`));
  }
  (Array.isArray(schema.allOf) ? schema.allOf : []).forEach((sub, i) => steps.push([sub, pointer, `${path}/allOf/${i}`, root]));
  for (const keyword of ["oneOf", "anyOf"]) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    const i = branches.findIndex((b) => walker.judge.valid(b, value));
    if (i >= 0) steps.push([branches[i]!, pointer, `${path}/${keyword}/${i}`, root]);
  }
  return steps;
}

/** The `then` branch walked with an instance `if` accepts, the `else` branch with one it rejects. */
export function conditionalRoots(walker: ViolationWalker, root: unknown, schema: JsonObject, pointer: string, path: string): Step[] {
  const condition = schema.if;
  if (condition === undefined) return [];
  const value = getAt(root, pointer);
  const holds = walker.judge.valid(condition, value);
  const steps: Step[] = [];
  if (schema.then !== undefined) {
    const satisfied = holds ? root : satisfy(walker, root, schema, pointer, value);
    if (satisfied !== undefined) steps.push([schema.then, pointer, `${path}/then`, satisfied]);
  }
  if (schema.else !== undefined) {
    let broken = holds ? undefined : root;
    if (broken === undefined) {
      // Break the condition with the walk's own violations of `if`, keeping the first that leaves the whole valid.
      const sub = walker.spawn(condition);
      sub.node(value, condition, "", "#", "");
      broken = sub.found.map((v) => placed(walker, root, pointer, v.value)).find((r) => r !== undefined);
    }
    if (broken !== undefined) steps.push([schema.else, pointer, `${path}/else`, broken]);
  }
  return steps;
}

/**
 * The root with the value at `pointer` moved to where `if` holds: first by writing only what `if` names over it
 * (currency: "RUB"), then, when the `then` branch also rules on the rest, with a value valid for base ∧ if ∧ then.
 */
function satisfy(walker: ViolationWalker, root: unknown, schema: JsonObject, pointer: string, value: unknown): unknown {
  const { if: condition, then, else: _else, ...base } = schema;
  const inBranch = mergeSchemas(mergeSchemas(base, condition!), then ?? true);
  for (const candidate of [() => overlay(value, example(walker, condition!)), () => overlay(value, example(walker, inBranch)), () => example(walker, inBranch)]) {
    const next = placed(walker, root, pointer, candidate());
    if (next !== undefined && walker.judge.valid(condition!, getAt(next, pointer))) return next;
  }
  return undefined;
}

/** `value` with the fields of `patch` written over it (deeply for objects). */
function overlay(value: unknown, patch: unknown): unknown {
  if (!isObject(value) || !isObject(patch)) return patch;
  const out: JsonObject = { ...value };
  for (const [key, v] of Object.entries(patch)) out[key] = Object.hasOwn(value, key) ? (overlay(value[key], v) as Json) : v;
  return out;
}
