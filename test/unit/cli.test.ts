// scripts/lib/cli.ts: isEntry decides whether a script's main runs, so it must hold however node was pointed at
// the script (a symlink too: node runs the link's target, whose import.meta.url is the real path).
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, expect, test } from "vitest";
import { isEntry } from "../../scripts/lib/cli.ts";

const dir = mkdtempSync(join(tmpdir(), "pc-cli-"));
const script = join(dir, "script.ts");
const link = join(dir, "link.ts");
writeFileSync(script, "");
writeFileSync(join(dir, "other.ts"), "");
symlinkSync(script, link);
const argv = process.argv;
afterEach(() => void (process.argv = argv));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const startedWith = (file: string | undefined) => void (process.argv = file === undefined ? [argv[0]!] : [argv[0]!, file]);

test("isEntry: the script node was started with, directly or through a symlink", () => {
  startedWith(script);
  expect(isEntry(pathToFileURL(script).href)).toBe(true);
  startedWith(link);
  expect(isEntry(pathToFileURL(script).href)).toBe(true);
});

test("isEntry: another file, a missing one, or no script at all is not the entry", () => {
  startedWith(join(dir, "other.ts"));
  expect(isEntry(pathToFileURL(script).href)).toBe(false);
  startedWith(join(dir, "missing.ts"));
  expect(isEntry(pathToFileURL(script).href)).toBe(false);
  startedWith(undefined);
  expect(isEntry(pathToFileURL(script).href)).toBe(false);
});
