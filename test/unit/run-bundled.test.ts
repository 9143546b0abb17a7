// scripts/run-bundled.mjs runs a script from a cached bundle: the script must behave as if node had started it
// (arguments, its own import.meta.url, exit code), and the cache must never serve a bundle older than the
// sources it was built from.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, test } from "vitest";
import { root, runBundled } from "../helpers/paths.ts";

const dir = mkdtempSync(join(tmpdir(), "pc-run-bundled-"));
const cache = join(dir, "cache");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = join(dir, "entry.ts");
writeFileSync(
  entry,
  [
    'import { value } from "./dep.ts";',
    "const seen: { value: number; url: string; argv: string[] } = { value, url: import.meta.url, argv: process.argv.slice(2) };",
    "console.log(JSON.stringify(seen));",
    'if (process.argv.includes("--fail")) process.exitCode = 3;',
  ].join("\n"),
);
const dep = (source: string) => writeFileSync(join(dir, "dep.ts"), source);
const run = (...args: string[]) => runWith(cache, ...args);
const runWith = (cacheDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [runBundled, entry, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, PAYCONNECT_SCRIPTS_CACHE: cacheDir, TMPDIR: join(dir, "tmp") } });
const seen = (result: ReturnType<typeof run>) => {
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { value: number; url: string; argv: string[] };
};
const bundles = () => readdirSync(cache).filter((f) => f.endsWith(".mjs"));

test("the script sees its own arguments and import.meta.url, and its exit code is the launcher's", () => {
  dep("export const value: number = 1;");
  expect(seen(run("--spec", "x y.yaml"))).toEqual({ value: 1, url: pathToFileURL(entry).href, argv: ["--spec", "x y.yaml"] });
  expect(run("--fail").status).toBe(3);
});

test("an unchanged script runs from the cached bundle; a changed source file is bundled again", () => {
  dep("export const value: number = 10;");
  expect(seen(run()).value).toBe(10);
  const built = bundles();
  expect(seen(run()).value).toBe(10);
  expect(bundles()).toEqual(built);
  dep("export const value: number = 11;");
  expect(seen(run()).value).toBe(11);
  expect(bundles().filter((f) => !built.includes(f))).toHaveLength(1);
});

test("a torn manifest is rebuilt, not trusted", () => {
  dep("export const value: number = 20;");
  expect(seen(run()).value).toBe(20);
  const manifest = readdirSync(cache).find((f) => f.endsWith(".json"))!;
  writeFileSync(join(cache, manifest), readFileSync(join(cache, manifest), "utf8").slice(0, 30));
  dep("export const value: number = 21;");
  expect(seen(run()).value).toBe(21);
});

test("a source that does not build: exit 1, naming the script and where the error is", () => {
  dep("export const value: number = ;");
  const result = run();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("dep.ts:1:");
  expect(result.stderr).toContain(`could not bundle ${entry}`);
  expect(result.stdout).toBe("");
});

test("a cache folder that cannot be written: the script still runs, from a temp folder, and says so once", () => {
  dep("export const value: number = 30;");
  writeFileSync(join(dir, "not-a-folder"), "");
  const blocked = join(dir, "not-a-folder", "cache");
  const first = runWith(blocked);
  expect(seen(first).value).toBe(30);
  expect(first.stderr).toContain(`cannot write the cache folder ${blocked}`);
  const second = runWith(blocked);
  expect(seen(second).value).toBe(30);
  expect(second.stderr).toBe("");
});

test("a manifest naming a file outside the cache folder is not followed", () => {
  dep("export const value: number = 40;");
  expect(seen(run()).value).toBe(40);
  const manifest = join(cache, readdirSync(cache).find((f) => f.endsWith(".json"))!);
  writeFileSync(join(dir, "elsewhere.mjs"), 'console.log(JSON.stringify({ value: -1, url: "", argv: [] }));');
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), bundle: "../elsewhere.mjs" }));
  expect(seen(run()).value).toBe(40);
});
