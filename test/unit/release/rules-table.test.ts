// The rules table in docs/spec-changes.md is the classification's specification: every row is run against
// the fixture case of the same id, in every direction the row names, so the doc and the code cannot drift.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { type Direction, diffSpecs, overall } from "../../../scripts/lib/diff/index.ts";
import { type Json, type JsonObject, isObject } from "../../../scripts/lib/spec.ts";
import { root } from "../../helpers/paths.ts";

const DIRECTIONS: Direction[] = ["request", "response", "event"];
const fixture = parse(readFileSync(join(root, "test/fixtures/spec-changes.yaml"), "utf8")) as {
  skeleton: JsonObject;
  cases: Record<string, Partial<Record<"schema" | "content" | Direction, { base: Json; head: Json }>>>;
};

/** The rows of the table under "## The rules": rule id → expected class per direction ("—" = not applicable). */
function tableRows(): Map<string, Record<Direction, string>> {
  const doc = readFileSync(join(root, "docs/spec-changes.md"), "utf8");
  const section = doc.slice(doc.indexOf("## The rules"), doc.indexOf("\n## ", doc.indexOf("## The rules") + 1));
  const lines = section.split("\n").filter((l) => l.startsWith("|"));
  const header = cells(lines[0]!);
  const rows = new Map<string, Record<Direction, string>>();
  for (const line of lines.slice(2)) {
    const row = cells(line);
    const id = row[0]!.replace(/`/g, "");
    rows.set(id, Object.fromEntries(DIRECTIONS.map((d) => [d, row[header.indexOf(d)]!])) as Record<Direction, string>);
  }
  return rows;
}
function cells(line: string): string[] {
  return line.split(" | ").map((c) => c.replace(/^\|\s*|\s*\|$/g, "").trim());
}

function merge(target: Json, patch: Json): Json {
  if (!isObject(target) || !isObject(patch)) return structuredClone(patch);
  const out: JsonObject = structuredClone(target);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = k in out ? merge(out[k]!, v) : structuredClone(v);
  }
  return out;
}

/** A spec with only one place that uses `body` (a media-type map): a request body, a response, or an event payload. */
function placed(direction: Direction, content: Json, schema?: Json): JsonObject {
  const body = { required: true, content };
  const spec: JsonObject = { openapi: "3.1.0", info: { title: "Fixture", version: "1.0.0" }, paths: {}, webhooks: {}, components: { schemas: {} } };
  if (schema !== undefined) (spec.components as any).schemas.Subject = schema;
  if (direction === "request") spec.paths = { "/things": { post: { operationId: "createThing", requestBody: body, responses: { "204": { description: "Done." } } } } };
  if (direction === "response") spec.paths = { "/things": { get: { operationId: "listThings", responses: { "200": { description: "OK.", content } } } } };
  if (direction === "event") spec.webhooks = { "thing.updated": { post: { operationId: "onThingUpdated", requestBody: body, responses: { "200": { description: "OK." } } } } };
  return spec;
}

function specs(id: string, direction: Direction): [JsonObject, JsonObject] {
  const c = fixture.cases[id]!;
  const subject = { "application/json": { schema: { $ref: "#/components/schemas/Subject" } } };
  if (c.schema) return [placed(direction, subject, c.schema.base), placed(direction, subject, c.schema.head)];
  if (c.content) return [placed(direction, c.content.base), placed(direction, c.content.head)];
  const patches = c[direction];
  if (!patches) throw new Error(`test/fixtures/spec-changes.yaml: case ${id} has no ${direction} patches, but the table expects a class there`);
  return [merge(fixture.skeleton, patches.base) as JsonObject, merge(fixture.skeleton, patches.head) as JsonObject];
}

const rows = tableRows();

test("the table and the fixture cases list the same rules", () => {
  expect(rows.size).toBeGreaterThan(0);
  expect([...rows.keys()].sort()).toEqual(Object.keys(fixture.cases).sort());
});

describe("every rule of docs/spec-changes.md", () => {
  const checks = [...rows].flatMap(([id, expected]) =>
    DIRECTIONS.filter((d) => expected[d] !== "—").map((d) => [id, d, expected[d]] as const));
  test.each(checks)("%s, %s → %s", (id, direction, expected) => {
    const [base, head] = specs(id, direction);
    const findings = diffSpecs(base, head);
    expect(overall(findings), JSON.stringify(findings, null, 1)).toBe(expected);
  });

  test.each([...rows].filter(([, e]) => DIRECTIONS.some((d) => e[d] === "—")).map(([id, e]) => [id, e] as const))(
    "%s has patches only for the directions the table names",
    (id, expected) => {
      const c = fixture.cases[id]!;
      for (const d of DIRECTIONS) if (expected[d] === "—") expect(c[d], `${id}: ${d}`).toBeUndefined();
      expect(c.schema ?? c.content, `${id}: schema and content cases apply to every direction`).toBeUndefined();
    },
  );
});
