// The keywords the checker passes over on purpose: JSON Schema's annotations (ajv's own metadata vocabulary, the
// independent list), the core keywords that only name or hold things, OpenAPI's `example` and `discriminator`,
// and `then` (read by `if`). They are "known", so the generator accepts a spec that uses them, and a schema that
// carries them is judged exactly as one without them.
import { metadataVocabulary } from "ajv/dist/vocabularies/metadata.js";
import { expect, test } from "vitest";
import { compileSchema, knownKeywords } from "../../../src/validation/schema-check.ts";

const CORE_ANNOTATIONS = ["$id", "$schema", "$defs", "$comment"];
const OPENAPI = ["example", "discriminator"];

test("every annotation keyword is known", () => {
  expect(metadataVocabulary.length).toBeGreaterThan(0);
  expect([...knownKeywords()]).toEqual(expect.arrayContaining([...metadataVocabulary, ...CORE_ANNOTATIONS, ...OPENAPI, "then"]));
});

test("a schema carrying every annotation is judged as one without them", () => {
  const plain = { type: "object", required: ["a"], properties: { a: { type: "integer", minimum: 1 } } };
  const annotations = Object.fromEntries([...metadataVocabulary, ...CORE_ANNOTATIONS, ...OPENAPI].map((k) => [k, k === "$defs" ? {} : k === "deprecated" || k === "readOnly" || k === "writeOnly" ? true : "x"]));
  const annotated = { ...plain, ...annotations, properties: { a: { ...plain.properties.a, ...annotations } } };
  for (const value of [{ a: 1 }, { a: 0 }, {}, { a: "1" }, null, []]) {
    const [withOut, withIn] = [compileSchema(plain as never), compileSchema(annotated as never)];
    expect(withIn(value)).toBe(withOut(value));
    expect(withIn.errors).toEqual(withOut.errors);
  }
});
