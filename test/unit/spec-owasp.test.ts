// The OWASP API Security Top 10 (2023) promise: Spectral with .spectral.yaml finds no error in openapi.yaml,
// the check bites, and every location exempted from `string-limit` is one where adding a bound would be a
// breaking change today (the day it no longer is, the test says to add the bound and drop the exemption).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { afterAll, describe, expect, test } from "vitest";
import { loadBase } from "../../scripts/lib/base-spec.ts";
import { diffSpecs } from "../../scripts/lib/diff/index.ts";
import { exemptions, lintOwasp } from "../../scripts/lib/owasp.ts";
import { type Json, type JsonObject, isObject, loadSpec, resolvePointer } from "../../scripts/lib/spec.ts";
import { root, specPath } from "../helpers/paths.ts";

const STRING_LIMIT = "owasp:api4:2023-string-limit";

/** Every schema in components.schemas (walked into properties and items) that is a string with a maxLength. */
function boundedStrings(node: Json, pointer: string, out: string[] = []): string[] {
  if (!isObject(node)) return out;
  if (node.type === "string" && typeof node.maxLength === "number") out.push(pointer);
  for (const [key, child] of Object.entries(node)) {
    if (isObject(child) || Array.isArray(child)) boundedStrings(child as Json, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
  }
  return out;
}

const copies = mkdtempSync(join(tmpdir(), "pc-owasp-test-"));
afterAll(() => rmSync(copies, { recursive: true, force: true }));

function writeCopy(text: string): string {
  const file = join(copies, "openapi.yaml");
  writeFileSync(file, text);
  return file;
}

describe("OWASP API Security Top 10 on openapi.yaml", () => {
  test("no errors", async () => {
    const problems = await lintOwasp(specPath);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  test("a string that loses its maxLength is an error at its location", async () => {
    const spec = loadSpec(specPath);
    const pointer = boundedStrings(spec.components as JsonObject, "#/components").find((p) => p.includes("/schemas/"))!;
    expect(pointer, "the spec has a bounded string schema").toBeDefined();
    const doc = parseDocument(readFileSync(specPath, "utf8"));
    doc.deleteIn([...pointer.slice(2).split("/").map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~")), "maxLength"]);
    const problems = await lintOwasp(writeCopy(doc.toString({ lineWidth: 0 })));
    expect(problems.filter((p) => p.severity === "error").map((p) => `${p.code} ${p.pointer}`)).toEqual([`${STRING_LIMIT} ${pointer}`]);
  });
});

describe(".spectral.yaml exemptions from string-limit", () => {
  const spec = loadSpec(specPath);
  const base = loadBase(root).spec;
  const before = diffSpecs(base, spec).filter((f) => f.class === "breaking").length;

  test.each(exemptions(STRING_LIMIT))("%s: still unbounded, and a bound there would break", (pointer) => {
    const target = resolvePointer(spec, pointer);
    expect(isObject(target) && [target.type].flat().includes("string"), `${pointer} is a string schema`).toBe(true);
    expect((target as JsonObject).maxLength, `${pointer} has a maxLength now: drop its exemption from .spectral.yaml`).toBeUndefined();

    const head = structuredClone(spec);
    (resolvePointer(head, pointer) as JsonObject).maxLength = 10_000;
    const breaking = diffSpecs(base, head).filter((f) => f.class === "breaking");
    expect(breaking.length, `a maxLength at ${pointer} no longer breaks anyone: add it to openapi.yaml and drop the exemption`).toBe(before + 1);
    expect(breaking.some((f) => f.message.startsWith("maxLength none → 10000"))).toBe(true);
  });
});

describe(".spectral.yaml rules", () => {
  test("a rule is only ever switched off (never lowered to a warning), each with a comment saying why", () => {
    const text = readFileSync(join(root, ".spectral.yaml"), "utf8");
    const rules = parseDocument(text).get("rules") as { items: { key: { value: string }; value: { value: unknown } }[] } | undefined;
    for (const { key, value } of rules?.items ?? []) {
      expect(value.value, `${key.value} in .spectral.yaml`).toBe("off");
      const lines = text.split("\n");
      const at = lines.findIndex((l) => l.trimStart().startsWith(`${key.value}:`));
      expect(lines[at - 1]?.trim().startsWith("#"), `${key.value} needs a comment above it giving the reason`).toBe(true);
    }
  });
});
