// The README's in-process sandbox test (section "Test your integration end to end") runs as written: it is
// copied out of README.md into a vitest file of its own and run in a child vitest against the built packages
// (`npm run -s compile` and `npm run -s build:sandbox` first, as pretest does).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { root } from "../helpers/paths.ts";

test("the README's vitest sample for the sandbox passes as written", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const intro = readme.indexOf("A vitest test, with a stand-in for your webhook route:");
  expect(intro, "README.md has the in-process sandbox test").toBeGreaterThan(0);
  const start = readme.indexOf("```ts\n", intro) + 6;
  const sample = readme.slice(start, readme.indexOf("```\n", start));
  const dir = join(root, "test/.work/readme-sandbox");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "sample.test.ts"), sample);
  writeFileSync(join(dir, "vitest.config.ts"), `export default { test: { include: ["sample.test.ts"], testTimeout: 30000 } };\n`);
  const run = spawnSync(process.execPath, [join(root, "node_modules/vitest/vitest.mjs"), "run", "--config", "vitest.config.ts"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
  expect(run.stdout + run.stderr).toMatch(/1 passed/);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  rmSync(dir, { recursive: true, force: true });
}, 150_000);
