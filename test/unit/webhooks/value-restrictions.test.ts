// A tolerant reader checks what it needs to hand out a correctly typed event (types, required fields,
// `const`, the envelope) and leaves value restrictions (bounds, pattern, format, multipleOf, uniqueItems,
// propertyNames) to `strict: true`: the breaking-change gate lets the API loosen or remove them without a
// major version, so a genuine event may break one. Every keyword is found by walking the spec's event schemas;
// every event is a spec example broken in exactly that keyword, signed with node:crypto.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { envelopeSchema } from "../../../scripts/gen/tolerant.ts";
import type { JsonObject } from "../../../scripts/lib/spec.ts";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { root } from "../../helpers/paths.ts";
import { spec, specEvents, verifySigned } from "./spec-events.ts";
import { VALUE_KEYWORDS, type Occurrence, type Violation, occurrences, violate } from "./value-violations.ts";

const events = specEvents();
const key = (o: Occurrence) => `${o.keyword} at /${o.path.join("/")}`;
const cases = events.flatMap((e) =>
  occurrences(e.schema).flatMap((o) => {
    const v = violate(e, o);
    return v ? [{ name: `${e.name}: ${key(o)}`, occurrence: o, ...v }] : [];
  }),
);
/** Fields of the envelope that the spec describes (not `type` and `data`, which the SDK defines for unknown types). */
const envelopeFields = Object.keys(envelopeSchema(spec).properties as JsonObject).filter((name) => name !== "type" && name !== "data");

test("the rule covers every value keyword the gate lets the API loosen or remove", () => {
  for (const kw of ["maxLength", "minLength", "maxProperties", "maxItems", "minimum", "maximum", "pattern", "format", "multipleOf"]) {
    expect(VALUE_KEYWORDS).toContain(kw);
  }
});

test("docs/spec-changes.md lists every one of them as checked only in strict mode", () => {
  const doc = readFileSync(join(root, "docs/spec-changes.md"), "utf8");
  const start = doc.indexOf("## What a webhook receiver checks");
  expect(start).toBeGreaterThan(-1);
  const strictColumn = doc.slice(start, doc.indexOf("\n## ", start + 1)).split("\n").filter((l) => l.startsWith("| ")).at(-1)!.split(" | ").at(-1)!;
  for (const kw of VALUE_KEYWORDS) expect(strictColumn).toContain(`\`${kw}\``);
});

test("every value keyword in the spec's event schemas is reached by an example and broken alone", () => {
  const found = new Set(events.flatMap((e) => occurrences(e.schema).map(key)));
  expect(found.size).toBeGreaterThan(0);
  expect(new Set(cases.map((c) => key(c.occurrence)))).toEqual(found);
});

describe.each([
  ["node:crypto", node],
  ["Web Crypto", web],
])("%s", (_name, impl) => {
  const verify = (event: unknown, strict?: boolean) => verifySigned(impl, event, strict);
  const expectStrictOnly = async ({ event, pointer }: Violation) => {
    await expect(verify(event)).resolves.toEqual(event);
    await expect(verify(event, false)).resolves.toEqual(event);
    const error = await verify(event, true).catch((err: unknown) => err);
    expect(error).toMatchObject({ name: "WebhookVerificationError", reason: "invalid_payload" });
    expect((error as Error).message).toContain(pointer);
  };

  test.each(cases.map((c) => [c.name, c] as const))("%s: returned by default, rejected with strict", async (_n, c) => {
    await expectStrictOnly(c);
  });

  test.each(cases.filter((c) => envelopeFields.includes(c.occurrence.path[0]!)).map((c) => [c.name, c] as const))(
    "%s, in an event of a type this SDK does not know: returned by default, rejected with strict",
    async (_n, c) => {
      await expectStrictOnly({ ...c, event: { ...c.event, type: `${String(c.event.type)}_from_a_newer_api` } });
    },
  );

  test.each(cases.map((c) => [c.name, c] as const))("%s: a wrong type there is still rejected by default", async (_n, c) => {
    const wrong = structuredClone(c.event);
    const path = c.pointer.split("/").slice(1);
    let at = wrong as Record<string, unknown>;
    for (const step of path.slice(0, -1)) at = at[step] as Record<string, unknown>;
    at[path.at(-1)!] = Array.isArray(at[path.at(-1)!]) || typeof at[path.at(-1)!] === "object" ? 12345 : [12345];
    await expect(verify(wrong)).rejects.toMatchObject({ reason: "invalid_payload" });
  });
});
