// A schema `$ref` with constraint keywords beside it: JSON Schema 2020-12 (and ajv) applies the referenced
// schema AND the siblings, so a change to the component's keyword still narrows even when a sibling of the
// same name stands beside the $ref. The gate must not let the sibling hide it.
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { diffSpecs, overall } from "../../../scripts/lib/diff/index.ts";
import { type Json, type JsonObject } from "../../../scripts/lib/spec.ts";

const REF = "#/components/schemas/T";

/** A spec whose one request body is `body`, with `T` as its only component. */
function spec(body: JsonObject, T: Json): JsonObject {
  return {
    openapi: "3.1.0", info: { title: "Siblings", version: "1.0.0" }, webhooks: {}, components: { schemas: { T } },
    paths: { "/things": { post: { operationId: "createThing", requestBody: { required: true, content: { "application/json": { schema: body } } }, responses: { "204": { description: "Done." } } } } },
  };
}

/** ajv's verdict on `value` for the request body of `s`. */
function accepts(s: JsonObject, value: Json): boolean {
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema({ $id: "spec", components: s.components } as object);
  const { $ref: _ref, ...siblings } = (s.paths as any)["/things"].post.requestBody.content["application/json"].schema;
  return ajv.compile({ $ref: `spec${REF}`, ...siblings })(value);
}

describe("a keyword beside a $ref does not hide a change to the same keyword in the component", () => {
  test.each([
    ["maxLength", { maxLength: 200 }, { type: "string", maxLength: 150 }, { type: "string", maxLength: 100 }, "x".repeat(120)],
    ["pattern", { pattern: "^[a-z]{1,5}$" }, { type: "string", pattern: "^[a-z]+$" }, { type: "string", pattern: "^[a-c]+$" }, "xyz"],
    ["enum", { enum: ["a", "b"] }, { type: "string", enum: ["a", "b", "c"] }, { type: "string", enum: ["a"] }, "b"],
  ])("%s", (_kw, sibling, baseT, headT, lost) => {
    const [base, head] = [spec({ $ref: REF, ...sibling }, baseT), spec({ $ref: REF, ...sibling }, headT)];
    expect(accepts(base, lost) && !accepts(head, lost), "ajv: the head rejects a value the base accepted").toBe(true);
    expect(overall(diffSpecs(base, head))).toBe("breaking");
  });

  test("a sibling that changes is judged too, and a description beside a $ref changes nothing", () => {
    const T = { type: "string", maxLength: 150 };
    expect(overall(diffSpecs(spec({ $ref: REF, maxLength: 200 }, T), spec({ $ref: REF, maxLength: 120 }, T)))).toBe("breaking");
    expect(overall(diffSpecs(spec({ $ref: REF, description: "a" }, T), spec({ $ref: REF, description: "b" }, T)))).not.toBe("breaking");
  });
});
