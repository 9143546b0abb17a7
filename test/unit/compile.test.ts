// `npm run compile` (and so `npm run bench`) clears only what it writes: the docs rendered by `npm run docs`
// into dist/docs survive it. Run on a copy of the repository, so this suite's own dist/ is never touched.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { root, tsxCli } from "../helpers/paths.ts";

test("compile rewrites dist/src and dist/generated and leaves dist/docs alone", () => {
  const copy = mkdtempSync(join(tmpdir(), "pc-compile-"));
  for (const entry of ["scripts", "src", "generated", "tsconfig.json", "tsconfig.build.json", "package.json"]) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
  mkdirSync(join(copy, "dist/docs"), { recursive: true });
  writeFileSync(join(copy, "dist/docs/index.html"), "<!-- rendered docs -->");
  mkdirSync(join(copy, "dist/src"), { recursive: true });
  writeFileSync(join(copy, "dist/src/stale.js"), "// from an earlier compile");

  const run = spawnSync(process.execPath, [tsxCli, "scripts/compile.ts"], { cwd: copy, encoding: "utf8" });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  expect(readFileSync(join(copy, "dist/docs/index.html"), "utf8")).toBe("<!-- rendered docs -->");
  expect(existsSync(join(copy, "dist/src/stale.js")), "compile's own output is cleared first").toBe(false);
  expect(existsSync(join(copy, "dist/src/entry/node.js"))).toBe(true);
  expect(existsSync(join(copy, "dist/generated/validators.js"))).toBe(true);
});
