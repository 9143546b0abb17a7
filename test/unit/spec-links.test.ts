// OpenAPI `links` (createPayment → get, cancel, refund, list; createRefund → get) are what a stateful
// contract test follows: each must name an operation of the spec, only parameters that operation declares, and
// read a field its response schema has.
import { expect, test } from "vitest";
import { listOperations } from "../../scripts/lib/spec.ts";
import { spec } from "../helpers/spec-examples.ts";
import { specLinks } from "../helpers/spec-links.ts";

test("the spec has links, and each targets an operation, with parameters it declares, from fields the response has", () => {
  const links = specLinks();
  expect(links.length).toBeGreaterThan(0);
  const ops = new Map(listOperations(spec()).map((o) => [o.operationId, o]));
  for (const link of links) {
    const where = `${link.from} ${link.status} → ${link.name}`;
    const target = ops.get(link.operationId);
    expect(target, `${where}: operationId ${link.operationId} exists`).toBeDefined();
    for (const [param, expression] of Object.entries(link.parameters)) {
      expect(target!.parameters.some((p) => p.name === param), `${where}: ${link.operationId} declares ${param}`).toBe(true);
      const pointer = /^\$response\.body#\/(\w+(?:\/\w+)*)$/.exec(expression)?.[1];
      expect(pointer, `${where}: ${param} reads $response.body#/<field>[/<field>…]`).toBeDefined();
      let schema = link.schema;
      for (const field of pointer!.split("/")) {
        expect(schema.required ?? [], `${where}: the response always has ${pointer} (${field} is required)`).toContain(field);
        schema = schema.properties[field];
      }
    }
    expect(Object.keys(link.parameters).sort(), `${where}: every path parameter of ${link.operationId} is given`).toEqual(
      expect.arrayContaining(target!.parameters.filter((p) => p.in === "path").map((p) => String(p.name))),
    );
  }
});
