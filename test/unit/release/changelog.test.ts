// `npm run changelog` collects the changes since the last release under `## Unreleased`; released sections are
// never rewritten, however often it runs.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { expect, test } from "vitest";
import { copyRepo, releaseFiles, script } from "./repo-copy.ts";

/** Each `## ` section of a changelog by its heading line. */
function sections(text: string): Map<string, string> {
  const parts = text.split(/^(?=## )/m).filter((p) => p.startsWith("## "));
  return new Map(parts.map((p) => [p.split("\n")[0]!, p]));
}
const released = (text: string) => [...sections(text)].filter(([h]) => !h.startsWith("## Unreleased"));

/** Adds an optional property to the first object schema component: a non-breaking change found from the spec. */
function addOptionalProperty(dir: string, property: string): string {
  const spec = parse(readFileSync(join(dir, "openapi.yaml"), "utf8"));
  const [name] = Object.entries(spec.components.schemas as Record<string, any>).find(([, s]) => s.type === "object" && s.properties)!;
  spec.components.schemas[name].properties[property] = { type: "string", description: "Added by the test." };
  writeFileSync(join(dir, "openapi.yaml"), stringify(spec));
  return name;
}

test("run twice without a version bump, the released sections stay byte-identical and Unreleased holds the change once", () => {
  const dir = copyRepo({ files: releaseFiles() });
  const before = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
  const schema = addOptionalProperty(dir, "settled_note");
  for (let i = 0; i < 2; i++) {
    const run = script(dir, "changelog.ts");
    expect(run.status, run.stderr).toBe(0);
  }
  const after = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
  expect(released(after)).toEqual(released(before));
  expect(after.match(/^## Unreleased$/gm)).toHaveLength(1);
  expect(after.indexOf("## Unreleased")).toBeLessThan(after.indexOf(released(before)[0]![0]));
  const unreleased = sections(after).get("## Unreleased")!;
  expect(unreleased).toContain("### Additions and other non-breaking changes");
  expect(unreleased).toContain(`- \`schema ${schema} /settled_note\`: optional property added`);
  expect(unreleased).not.toContain("### Breaking changes");
});

test("Unreleased is replaced, not appended to, when the spec changes again", () => {
  const dir = copyRepo({ files: releaseFiles() });
  addOptionalProperty(dir, "first_note");
  expect(script(dir, "changelog.ts").status).toBe(0);
  const version = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  writeFileSync(join(dir, "openapi.yaml"), readFileSync(join(dir, "releases", `openapi-${version}.yaml`))); // back to the release
  addOptionalProperty(dir, "second_note");
  expect(script(dir, "changelog.ts").status).toBe(0);
  const unreleased = sections(readFileSync(join(dir, "CHANGELOG.md"), "utf8")).get("## Unreleased")!;
  expect(unreleased).toContain("second_note");
  expect(unreleased).not.toContain("first_note");
});

test("no change since the release: Unreleased says so", () => {
  const dir = copyRepo({ files: releaseFiles() });
  // The spec as released (the working spec may hold unreleased changes).
  const latest = releaseFiles().filter((f) => f.startsWith("releases/")).sort((a, b) => a.localeCompare(b, "en", { numeric: true })).at(-1)!;
  writeFileSync(join(dir, "openapi.yaml"), readFileSync(join(dir, latest)));
  expect(script(dir, "changelog.ts").status).toBe(0);
  expect(sections(readFileSync(join(dir, "CHANGELOG.md"), "utf8")).get("## Unreleased")).toMatch(/No changes to the API description since /);
});
