// `npm pack` / `npm publish` must ship code compiled from the current sources, never a stale or missing dist/
// (a release on a fresh checkout once packed 5 files and no code).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { copyRepo } from "../unit/release/repo-copy.ts";

test("npm pack on a checkout without dist/ compiles first, and the tarball holds the entries package.json exports", () => {
  const dir = copyRepo();
  expect(existsSync(join(dir, "dist")), "the copy starts without dist/").toBe(false);
  const out = execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const files: string[] = JSON.parse(out.slice(out.indexOf("[")))[0].files.map((f: { path: string }) => f.path);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const targets = JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g) ?? [];
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) expect(files).toContain(target.slice(2));
}, 180_000);
