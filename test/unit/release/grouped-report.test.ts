// The gate's report on the real spec: a change to a shared component is one finding naming what reaches it,
// and a rename is one finding. Every edit is derived from openapi.yaml, so a spec change needs no test edit.
import { describe, expect, test } from "vitest";
import { type Finding, diffSpecs, renderReport } from "../../../scripts/lib/diff/index.ts";
import { loadSpec } from "../../../scripts/lib/spec.ts";
import { specPath } from "../../helpers/paths.ts";
import { mostSharedEnum, reachers, responseField } from "./spec-picks.ts";

const spec = loadSpec(specPath) as any;
const SENTINEL = "zz_new_value_for_the_test";

describe("a new value in a growable enum", () => {
  const name = mostSharedEnum(spec);
  const base = structuredClone(spec);
  base.components.schemas[name]["x-growable-enum"] = true;
  const head = structuredClone(base);
  head.components.schemas[name].enum.push(SENTINEL);
  const findings = diffSpecs(base, head);
  const report = renderReport(findings);

  test("is one non-breaking finding at the component, naming each operation and webhook that reaches it once", () => {
    expect(findings).toHaveLength(1);
    const [f] = findings as [Finding];
    expect(f.class).toBe("non-breaking");
    expect(f.where).toBe(`schema ${name}`);
    expect(f.message).toContain(SENTINEL);
    expect(f.message).toMatch(/readers must accept unknown values/);
    expect([...f.reachedBy].sort()).toEqual(reachers(head, SENTINEL).sort());
    expect(new Set(f.reachedBy).size).toBe(f.reachedBy.length);
  });

  test("fits in under 10 lines, verdict included", () => {
    console.log([...report, "diff:spec: <verdict line>"].join("\n"));
    expect(report.length + 1).toBeLessThan(10);
  });

  test("without the released marker it is breaking for readers, still one finding", () => {
    // The spec itself may carry the marker by now: the case needs a base without it.
    const released = structuredClone(spec);
    delete released.components.schemas[name]["x-growable-enum"];
    const closed = structuredClone(released);
    closed.components.schemas[name].enum.push(SENTINEL);
    const result = diffSpecs(released, closed);
    expect(result).toHaveLength(1);
    expect(result[0]!.class).toBe("breaking");
  });
});

describe("a renamed response field", () => {
  const { schema: name, property: old } = responseField(spec);
  const head = structuredClone(spec);
  const props = head.components.schemas[name].properties;
  props[`${old}_renamed`] = props[old];
  delete props[old];
  if (Array.isArray(head.components.schemas[name].required)) {
    head.components.schemas[name].required = head.components.schemas[name].required.map((r: string) => (r === old ? `${old}_renamed` : r));
  }

  test("is one breaking \"renamed a → b\" finding, not a removal and an addition", () => {
    const findings = diffSpecs(spec, head).filter((f) => f.class !== "docs-only");
    expect(findings.map((f) => `${f.where}: ${f.message}`)).toEqual([`schema ${name}: renamed ${old} → ${old}_renamed`]);
    expect(findings[0]!.class).toBe("breaking");
    expect(findings[0]!.reachedBy.length).toBeGreaterThan(0);
  });
});
