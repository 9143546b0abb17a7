// Every example in openapi.yaml validates against its schema, and the checker catches broken ones.
import { describe, expect, test } from "vitest";
import { checkExamples } from "../../scripts/lib/examples.ts";
import { type JsonObject, loadSpec } from "../../scripts/lib/spec.ts";
import { specPath } from "../helpers/paths.ts";

const spec = loadSpec(specPath);

describe("spec examples", () => {
  test("all examples are valid", () => {
    const { checked, problems } = checkExamples(spec);
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(50);
  });

  type Breakage = [name: string, edit: (s: any) => void, where: string];
  const breakages: Breakage[] = [
    [
      "request example with amount 0",
      (s) => (s.paths["/v1/payments"].post.requestBody.content["application/json"].examples.order.value.amount = 0),
      "#/paths/~1v1~1payments/post/requestBody/content/application~1json/examples/order/amount",
    ],
    [
      "RUB request example above 200 000 RUB",
      (s) => (s.paths["/v1/payments"].post.requestBody.content["application/json"].examples.withMetadata.value.amount = 20_000_001),
      "#/paths/~1v1~1payments/post/requestBody/content/application~1json/examples/withMetadata/amount",
    ],
    [
      "response example with an undeclared field",
      (s) => (s.components.examples.PendingPayment.value.amout = 5),
      "#/paths/~1v1~1payments/post/responses/201/content/application~1json/examples/pending",
    ],
    [
      "webhook example with a string amount",
      (s) => (s.webhooks["payment.failed"].post.requestBody.content["application/json"].examples.failed.value.data.object.amount = "250000"),
      "#/webhooks/payment.failed/post/requestBody/content/application~1json/examples/failed/data/object/amount",
    ],
    [
      "error example with an unknown code",
      (s) => (s.components.responses.NotFound.content["application/json"].examples.notFound.value.error.code = "missing"),
      "#/paths/~1v1~1payments/get/responses/404/content/application~1json/examples/notFound/error/code",
    ],
    [
      "parameter example outside its schema",
      (s) => (s.components.parameters.Limit.example = 500),
      "#/paths/~1v1~1payments/get/parameters/0/example",
    ],
  ];

  test.each(breakages)("catches a %s", (_name, edit, where) => {
    const broken = structuredClone(spec) as JsonObject;
    edit(broken);
    const { problems } = checkExamples(broken);
    expect(problems.map((p) => p.where)).toContain(where);
  });
});
