// Every operation in the rendered docs carries a TypeScript SDK sample and a curl sample that match the
// operation table (method name, argument order, credential), and every webhook a verification sample.
import { describe, expect, test } from "vitest";
import { operationRows } from "../../scripts/gen/operations.ts";
import { withCodeSamples } from "../../scripts/lib/code-samples.ts";
import { listOperations, loadSpec } from "../../scripts/lib/spec.ts";
import { specPath } from "../helpers/paths.ts";

const spec = withCodeSamples(loadSpec(specPath));
const rows = operationRows(spec);
type Sample = { lang: string; label: string; source: string };

describe.each(listOperations(spec).map((op) => [op.operationId, op] as const))("%s", (id, op) => {
  const samples = op.operation["x-codeSamples"] as unknown as Sample[];
  const row = rows[id]!;

  test("has a Node.js (TypeScript SDK) sample calling the generated method", () => {
    const ts = samples.find((s) => s.label === "Node.js")!;
    expect(ts.lang).toBe("TypeScript");
    expect(ts.source).toContain(row.paginated ? `pc.${id}.iterate(` : `pc.${id}(`);
    expect(ts.source).toContain('from "@payconnect/sdk"');
    // A path parameter gets the spec's own example value, never the "…" placeholder of a parameter without one.
    if (row.pathParams.length) expect(ts.source).toMatch(new RegExp(`${id}(\\.iterate)?\\("[^"…]+"`));
  });

  test("has a curl sample with the method, path and the right credential", () => {
    const curl = samples.find((s) => s.label === "curl")!;
    expect(curl.source).toContain(`curl -X ${row.method.toUpperCase()} "https://api.payconnect.com${row.path.split("{")[0]}`);
    expect(curl.source).toContain(row.auth === "secretKey" ? "$PAYCONNECT_SECRET_KEY" : "$PAYCONNECT_ACCESS_TOKEN");
    expect(curl.source.includes("Idempotency-Key")).toBe(row.idempotent);
  });
});

test("every webhook has a verification sample", () => {
  for (const hook of listOperations(spec, "webhooks")) {
    const samples = hook.operation["x-codeSamples"] as unknown as Sample[];
    expect(samples[0]!.source).toContain("verifyWebhook(req.body");
    expect(samples[0]!.source).toContain(`event.type === "${hook.path}"`);
  }
});

test("the source spec is not modified (samples are added to a copy)", () => {
  const original = loadSpec(specPath);
  expect(JSON.stringify(original)).not.toContain("x-codeSamples");
});
