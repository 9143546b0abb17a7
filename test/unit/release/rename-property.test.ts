// The rehearsal's rename edits the spec as a person would: a link's parameter names belong to the target
// operation and stay; the expression that reads the renamed property follows it.
import { parseDocument } from "yaml";
import { expect, test } from "vitest";
import { renameProperty } from "./rehearsal-steps.ts";

const SPEC = `
components:
  schemas:
    Thing:
      required: [thing_id]
      properties: { thing_id: { type: string } }
paths:
  /things:
    post:
      responses:
        '201':
          links:
            getThing:
              operationId: getThing
              parameters: { thing_id: $response.body#/thing_id, other: $response.body#/other }
          content:
            application/json:
              example: { thing_id: t_1 }
`;

test("renameProperty renames the schema, required and examples, rewrites link expressions and keeps link parameter names", () => {
  const doc = parseDocument(SPEC);
  expect(renameProperty(doc, "Thing", "thing_id", "thing_ref")).toBe(2);
  const out = doc.toJS();
  expect(Object.keys(out.components.schemas.Thing.properties)).toEqual(["thing_ref"]);
  expect(out.components.schemas.Thing.required).toEqual(["thing_ref"]);
  expect(out.paths["/things"].post.responses["201"].content["application/json"].example).toEqual({ thing_ref: "t_1" });
  expect(out.paths["/things"].post.responses["201"].links.getThing.parameters).toEqual({ thing_id: "$response.body#/thing_ref", other: "$response.body#/other" });
});
