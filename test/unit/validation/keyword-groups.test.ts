// The generated modules give the checker only the keywords their schemas use (scripts/gen/validators.ts
// keywordGroups), so a bundle drops the others. Both halves are held here: each generated validator judges
// exactly as the checker with every keyword (which differential.test.ts holds to ajv), and a bundle of the
// webhook validators (what `@payconnect/sdk/webhooks` takes) holds no keyword its schemas do not use.
import { build } from "esbuild";
import fc from "fast-check";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { arbitraryFor, validExample, violations } from "../../../packages/sandbox/src/conformance/schema/index.ts";
import { formatTable, keywordExport, keywordGroups, validatorFormats, validatorSchemas } from "../../../scripts/gen/validators.ts";
import type { Json } from "../../../scripts/lib/spec.ts";
import { type CompiledValidator, KEYWORDS, type Schema, compileSchema } from "../../../src/validation/schema-check.ts";
import { requestValidators } from "../../../generated/validators.js";
import { webhookEnvelope, webhookValidators } from "../../../generated/webhook-validators.js";
import { root } from "../../helpers/paths.ts";
import { spec, specEvents } from "../webhooks/spec-events.ts";

const schemas = validatorSchemas(spec);
const formats = validatorFormats(schemas);
const defs = schemas.webhookDefs as Record<string, Schema>;

/** Valid values, one-constraint violations of them, pairs of those in one object (errors in order), and arbitrary JSON. */
function samples(schema: Json, seed: number): unknown[] {
  const valid = fc.sample(arbitraryFor(schema), { numRuns: 30, seed });
  const broken = valid.slice(0, 3).concat([validExample(schema)]).flatMap((v) => violations(schema, v).map((x) => x.value));
  const example = validExample(schema);
  const once = violations(schema, example).map((x) => x.value);
  const twice = once.flatMap((a, i) => once.slice(i + 1).map((b) => both(example, a, b)));
  return [...valid, ...broken, ...twice, ...fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 30, seed })];
}

/** An object with the top-level changes of both `a` and `b` from `valid` (a property either removed is removed). */
function both(valid: unknown, a: unknown, b: unknown): unknown {
  const objects = [valid, a, b].every((v) => typeof v === "object" && v !== null && !Array.isArray(v));
  if (!objects) return a;
  const [v, x, y] = [valid, a, b] as Record<string, unknown>[];
  const keys = new Set([...Object.keys(v!), ...Object.keys(x!), ...Object.keys(y!)]);
  const changed = (o: Record<string, unknown>, k: string) => JSON.stringify(o[k]) !== JSON.stringify(v![k]);
  return Object.fromEntries([...keys].filter((k) => k in x! && k in y!).map((k) => [k, changed(x!, k) ? x![k] : y![k]]));
}

function agree(generated: CompiledValidator, full: CompiledValidator, values: unknown[], ctx?: object): void {
  for (const value of values) {
    const verdict = generated.call(ctx, value);
    expect({ value, verdict, errors: generated.errors }).toEqual({ value, verdict: full.call(ctx, value), errors: full.errors });
  }
}

describe("each generated validator judges as the checker with every keyword", () => {
  const requests = Object.entries(schemas.requests).flatMap(([id, parts]) => Object.entries(parts).map(([part, e]) => [id, part, e.schema] as const));
  test.each(requests)("%s %s", (id, part, schema) => {
    const generated = (requestValidators as Record<string, Record<string, { validate: CompiledValidator }>>)[id]![part]!.validate;
    const values = samples(schema, 1);
    agree(generated, compileSchema(schema as Schema, formatTable(formats.requests)), values);
    expect(values.some((v) => !generated(v)), "some values must fail, or the comparison proved little").toBe(true);
  });

  test.each(Object.keys(schemas.webhooks))("event %s, tolerant and strict", (type) => {
    const full = compileSchema(schemas.webhooks[type]!.schema as Schema, formatTable(formats.webhooks), defs);
    const envelope = compileSchema(schemas.envelope.schema as Schema, formatTable(formats.webhooks), defs);
    const source = specEvents().find((e) => e.type === type)!.schema;
    const values = [...samples(source, 2), ...specEvents().map((e) => e.event)];
    const generated = (webhookValidators as Record<string, { validate: CompiledValidator }>)[type]!.validate;
    for (const ctx of [{ strict: false }, { strict: true }]) {
      agree(generated, full, values, ctx);
      agree(webhookEnvelope.validate, envelope, values, ctx);
    }
    expect(values.some((v) => generated(v) && !generated.call({ strict: true }, v))).toBe(true);
  });
});

test("a bundle of the webhook validators holds only the keywords their schemas use", async () => {
  const webhookSchemas = [...Object.values(schemas.webhooks), schemas.envelope].map((e) => e.schema).concat(Object.values(schemas.webhookDefs));
  const { imports } = keywordGroups(webhookSchemas);
  const kept = new Set(Object.values(imports).flat());
  // Every keyword by the name it is exported as (`const` as const_, …).
  const names = [...new Set(KEYWORDS.flatMap((g) => Object.values(g.keywords)).map((make) => keywordExport(make)[1]))];
  const dropped = names.filter((name) => !kept.has(name));
  expect(dropped.length, "the webhook schemas use every keyword: this test proves nothing").toBeGreaterThan(0);

  const out = await build({ entryPoints: [join(root, "generated/webhook-validators.ts")], bundle: true, format: "esm", platform: "neutral", write: false, logLevel: "silent" });
  const declared = new Set([...out.outputFiles[0]!.text.matchAll(/^(?:var|const|let|function) ([\w$]+?)\d*(?=[\s=(;,])/gm)].map((m) => m[1]));
  expect([...kept].filter((name) => !declared.has(name)), "kept keywords must be declared under their names").toEqual([]);
  expect(dropped.filter((name) => declared.has(name))).toEqual([]);
});
