// `npm run changelog [-- --spec <file>]`: writes the changes since the last release (as `npm run diff:spec`
// finds them) under `## Unreleased` in CHANGELOG.md, replacing that section if it exists. Released sections
// are never touched; `npm run release` turns Unreleased into the version's section.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadBase } from "./lib/base-spec.ts";
import { runMain, specPath } from "./lib/cli.ts";
import { diffSpecs } from "./lib/diff/index.ts";
import { sectionBody, withUnreleased } from "./lib/release/changelog-text.ts";
import { loadSpec } from "./lib/spec.ts";

runMain("changelog", () => {
  const root = process.cwd();
  const base = loadBase(root);
  const findings = diffSpecs(base.spec, loadSpec(specPath()));
  const file = join(root, "CHANGELOG.md");
  writeFileSync(file, withUnreleased(readFileSync(file, "utf8"), sectionBody(findings, base.version)));
  console.log(`changelog: ${findings.length} change${findings.length === 1 ? "" : "s"} since ${base.version} (${base.label}) written under ## Unreleased in CHANGELOG.md`);
});
