// generated/ is exactly what scripts/generate.ts makes from openapi.yaml, deterministically.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { renderAll } from "../../scripts/generate.ts";
import { root, specPath, runBundled } from "../helpers/paths.ts";

describe("generated/", () => {
  test("is up to date with openapi.yaml", async () => {
    const files = await renderAll(specPath);
    expect(Object.keys(files).sort()).toEqual(readdirSync(join(root, "generated")).sort());
    for (const [name, text] of Object.entries(files)) {
      expect(readFileSync(join(root, "generated", name), "utf8"), `${name} is stale: run npm run generate`).toBe(text);
    }
  });

  test("two runs produce identical bytes", async () => {
    const [a, b] = [await renderAll(specPath), await renderAll(specPath)];
    expect(a).toEqual(b);
  });

  test("every file starts with the do-not-edit header", () => {
    for (const name of readdirSync(join(root, "generated"))) {
      const first = readFileSync(join(root, "generated", name), "utf8").split("\n")[0];
      expect(first, name).toMatch(/^\/\/ generated from openapi\.yaml by scripts\/generate\.ts — do not edit\./);
    }
  });

  test("check:generated fails on a hand edit and names the file", () => {
    const out = mkdtempSync(join(tmpdir(), "pc-gen-"));
    // Generated there rather than copied: the validators import src/ relative to the folder they are in.
    const gen = spawnSync(process.execPath, [runBundled, "scripts/generate.ts", "--out", out], { cwd: root, encoding: "utf8" });
    expect(gen.status, gen.stderr).toBe(0);
    const clean = spawnSync(process.execPath, [runBundled, "scripts/generate.ts", "--check", "--out", out], { cwd: root, encoding: "utf8" });
    expect(clean.status, clean.stderr).toBe(0);
    writeFileSync(join(out, "operations.ts"), readFileSync(join(out, "operations.ts"), "utf8") + "\n// hand edit\n");
    const stale = spawnSync(process.execPath, [runBundled, "scripts/generate.ts", "--check", "--out", out], { cwd: root, encoding: "utf8" });
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain("operations.ts");
  });
});
