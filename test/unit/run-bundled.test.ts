// scripts/run-bundled.mjs runs a script from a cached bundle: the script must behave as if node had started it
// (arguments, its own import.meta.url/dirname/filename, exit code, stack traces naming its files), the cache must
// never serve a bundle older than the sources it was built from (symlinks too, and a file saved during the build),
// rebuilds must not pile up, and it must never run code another local user could have put in a shared temp folder.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
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
const env = { ...process.env, PAYCONNECT_SCRIPTS_CACHE: cache, TMPDIR: join(dir, "tmp") };
const run = (...args: string[]) => runWith(cache, ...args);
const runWith = (cacheDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [runBundled, entry, ...args], { cwd: root, encoding: "utf8", env: { ...env, PAYCONNECT_SCRIPTS_CACHE: cacheDir } });
/** Runs another script of the temp folder (its own cache entry) and returns what it printed as JSON. */
const runScript = (script: string) => {
  const result = spawnSync(process.execPath, [runBundled, script], { cwd: root, encoding: "utf8", env });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};
const write = (file: string, ...lines: string[]) => {
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, lines.join("\n"));
  return file;
};
const relink = (link: string, target: string) => {
  rmSync(link, { force: true });
  symlinkSync(target, link);
};
const seen = (result: { status: number | null; stdout: string; stderr: string }) => {
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { value: number; url: string; argv: string[] };
};
/** The bundles (and their source maps) of the script whose file name starts with `script`, in the cache folder. */
const bundles = (script = "entry_ts-", ext = ".mjs") => readdirSync(cache).filter((f) => f.startsWith(script) && f.endsWith(ext));

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

test("only the expression import.meta.url is the source file's: a string that spells it (a generator's output) is left as written", () => {
  const script = write(join(dir, "emits.ts"), 'console.log(JSON.stringify({ text: "import.meta.url", template: `${"x"} import.meta.url`, url: import.meta.url }));');
  expect(runScript(script)).toEqual({ text: "import.meta.url", template: "x import.meta.url", url: pathToFileURL(script).href });
});

test("import.meta.dirname and import.meta.filename are each source file's, not the cache folder's", () => {
  const lib = write(join(dir, "where", "lib.ts"), "export const where = { dirname: import.meta.dirname, filename: import.meta.filename };");
  const script = write(
    join(dir, "where.ts"),
    'import { where } from "./where/lib.ts";',
    "console.log(JSON.stringify({ lib: where, own: { dirname: import.meta.dirname, filename: import.meta.filename } }));",
  );
  expect(runScript(script)).toEqual({ lib: { dirname: join(dir, "where"), filename: lib }, own: { dirname: dir, filename: script } });
});

test("a symlinked source file or script retargeted to another file is bundled again", () => {
  const a = write(join(dir, "links", "a.ts"), 'export const value = "a";');
  write(join(dir, "links", "b.ts"), 'export const value = "b";');
  const link = join(dir, "links", "value.ts");
  relink(link, a);
  const one = write(join(dir, "links", "one.ts"), 'import { value } from "./value.ts";', 'console.log(JSON.stringify({ script: "one", value }));');
  write(join(dir, "links", "two.ts"), 'console.log(JSON.stringify({ script: "two", value: "-" }));');
  const script = join(dir, "links", "script.ts");
  relink(script, one);
  expect(runScript(script)).toEqual({ script: "one", value: "a" });
  relink(link, "b.ts");
  expect(runScript(script)).toEqual({ script: "one", value: "b" });
  relink(script, "two.ts");
  expect(runScript(script)).toEqual({ script: "two", value: "-" });
});

test("an error thrown in a local script: the stack trace names the .ts file and line, not the bundle", () => {
  const thrower = write(join(dir, "thrower", "lib.ts"), "type Unused = { a: number };", "export function fail(): never {", '  throw new Error("boom");', "}");
  const script = write(join(dir, "thrower.ts"), 'import { fail } from "./thrower/lib.ts";', "", "fail();");
  const result = spawnSync(process.execPath, [runBundled, script], { cwd: root, encoding: "utf8", env });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${thrower}:3:`);
  expect(result.stderr).toContain(`${script}:3:`);
  expect(result.stderr).not.toContain(cache);
});

test("rebuilds keep at most two bundles of a script: the current one and the one a run beside it may be about to load", () => {
  for (let value = 50; value < 54; value++) {
    dep(`export const value: number = ${value};`);
    expect(seen(run()).value).toBe(value);
  }
  expect(bundles().length).toBeLessThanOrEqual(2);
  expect(bundles("entry_ts-", ".map").length).toBeLessThanOrEqual(2);
  const [current] = bundles().filter((f) => readFileSync(join(cache, f), "utf8").includes("= 53"));
  expect(current).toBeDefined();
  // One built by a process still running (this one) may be about to be loaded by it: kept. One of a process gone: not.
  const prefix = current!.split(".")[0]!;
  writeFileSync(join(cache, `${prefix}.${process.pid}.1.mjs`), "");
  writeFileSync(join(cache, `${prefix}.99999999.1.mjs`), "");
  dep("export const value: number = 54;");
  expect(seen(run()).value).toBe(54);
  expect(bundles()).toContain(`${prefix}.${process.pid}.1.mjs`);
  expect(bundles()).toContain(current);
  expect(bundles()).toHaveLength(3);
});

test("two runs bundling the same changed script at once both run it", async () => {
  dep("export const value: number = 60;");
  const runAsync = () =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [runBundled, entry], { cwd: root, env });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
      child.on("close", (status) => done({ status, stdout, stderr }));
    });
  for (const result of await Promise.all([runAsync(), runAsync()])) expect(seen(result).value).toBe(60);
});

// Attacker trial A: the temp folder is shared by every local user, and its name could be worked out from the cache
// folder's path. What a run reads and runs must come from a folder only this user can write.
const tmp = join(dir, "tmp"); // the TMPDIR of every run here
const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const evil = 'console.log(JSON.stringify({ value: -1, url: "", argv: [] }));';
/** The launcher's cache entry (manifest) name for `script`. */
const manifestName = (script: string) => `${basename(script).replace(/\W/g, "_")}-${sha256(script).slice(0, 12)}.json`;
const tmpFolders = () => readdirSync(tmp).filter((f) => f.startsWith("payconnect-scripts-"));
/** Runs the script with `preferred` unwritable; returns the temp folder the run created for its cache. */
const buildInTemp = (preferred: string, value: number) => {
  dep(`export const value: number = ${value};`);
  mkdirSync(tmp, { recursive: true });
  const before = tmpFolders();
  expect(seen(runWith(preferred)).value).toBe(value);
  const created = tmpFolders().filter((f) => !before.includes(f));
  expect(created).toHaveLength(1);
  return join(tmp, created[0]!);
};
/** Replaces the cached bundle of the folder by code printing value -1, its manifest naming it as before and with
 *  any hash of the old bundle's text replaced by the new one's: what the launcher would run from a folder of its own. */
const tamper = (folder: string) => {
  const manifest = join(folder, manifestName(entry));
  const text = readFileSync(manifest, "utf8");
  const bundle = join(folder, (JSON.parse(text) as { bundle: string }).bundle);
  const hash = sha256(readFileSync(bundle));
  writeFileSync(bundle, evil);
  writeFileSync(manifest, text.replaceAll(hash, sha256(evil)));
};
const listing = (folder: string) => readdirSync(folder).map((f) => [f, readFileSync(join(folder, f), "utf8")]);

test("a writable cache folder is the only one read: a bundle in the temp folder is never run, even on a miss", () => {
  writeFileSync(join(dir, "not-yet-a-folder"), "");
  const preferred = join(dir, "not-yet-a-folder", "cache");
  const folder = buildInTemp(preferred, 70);
  tamper(folder);
  expect(seen(runWith(preferred)).value).toBe(-1); // what the temp folder holds runs while the cache folder cannot be written
  rmSync(join(dir, "not-yet-a-folder")); // now it can: empty, nothing cached for the script (the first run, or after an edit)
  const result = runWith(preferred);
  expect(seen(result).value).toBe(70);
  expect(result.stderr).toBe("");
  expect(readdirSync(preferred)).toContain(manifestName(entry));
});

test.skipIf(process.getuid?.() !== 0)(
  "a temp folder owned by another user is neither read nor written: a fresh one is used, without a cache, and the warning says so (runs as root only: it chowns a folder to uid 2000)",
  () => {
    writeFileSync(join(dir, "file-in-the-way"), "");
    const blocked = join(dir, "file-in-the-way", "cache");
    const folder = buildInTemp(blocked, 80);
    tamper(folder);
    expect(seen(runWith(blocked)).value).toBe(-1); // from a folder of its own, the launcher runs what is cached
    chownSync(folder, 2000, 2000);
    for (const file of readdirSync(folder)) chownSync(join(folder, file), 2000, 2000);
    const before = listing(folder);
    const folders = tmpFolders();
    const result = runWith(blocked);
    expect(seen(result).value).toBe(80);
    expect(result.stderr).toContain(`${folder} is not a private folder of this user`);
    expect(result.stderr).toContain("without a cache");
    expect(listing(folder)).toEqual(before);
    expect(tmpFolders()).toEqual(folders); // the fresh folder is gone when the run ends
  },
);

test("a temp folder others can write, or a symlink, is not used: a fresh one is, without a cache, and the warning says so", () => {
  writeFileSync(join(dir, "another-file-in-the-way"), "");
  const blocked = join(dir, "another-file-in-the-way", "cache");
  const folder = buildInTemp(blocked, 90);
  tamper(folder);
  expect(seen(runWith(blocked)).value).toBe(-1);
  chmodSync(folder, 0o777);
  const folders = tmpFolders();
  const open = runWith(blocked);
  expect(seen(open).value).toBe(90);
  expect(open.stderr).toContain(`${folder} is not a private folder of this user`);
  chmodSync(folder, 0o700);
  renameSync(folder, `${folder}-real`);
  symlinkSync(`${folder}-real`, folder);
  const linked = runWith(blocked);
  expect(seen(linked).value).toBe(90);
  expect(linked.stderr).toContain(`${folder} is not a private folder of this user`);
  expect(tmpFolders().sort()).toEqual([...folders, `${basename(folder)}-real`].sort()); // no fresh folder left
});

test("a bundle changed after its manifest was written is not run: the script is bundled again", () => {
  dep("export const value: number = 100;");
  expect(seen(run()).value).toBe(100);
  const bundle = JSON.parse(readFileSync(join(cache, manifestName(entry)), "utf8")) as { bundle: string };
  writeFileSync(join(cache, bundle.bundle), evil);
  expect(seen(run()).value).toBe(100);
});

test("a manifest copied from another script (its inputs without this script) is not trusted", () => {
  const other = write(join(dir, "other.ts"), 'console.log(JSON.stringify({ value: -1, url: "", argv: [] }));');
  runScript(other);
  dep("export const value: number = 110;");
  expect(seen(run()).value).toBe(110);
  writeFileSync(join(cache, manifestName(entry)), readFileSync(join(cache, manifestName(other))));
  expect(seen(run()).value).toBe(110);
});

// Attacker trial D: the key was computed by reading the sources again after the build, so a file saved during the
// build counted in the key with its new text while the bundle held the old, and every later run served the old code.
// gate.ts is a named pipe, imported by a file the script imports: reading it waits for a writer, so the writer here
// knows that file has been read by then, runs `edit`, and only then lets the build go on (gate.ts becomes a plain
// file of the same text, for every later read). Returns what the script printed on that run and on the next.
const savedDuringBuild = (folder: string, script: string, edit: string) => {
  const gate = join(folder, "gate.ts");
  expect(spawnSync("mkfifo", [gate]).status).toBe(0);
  const gateSource = 'export const gate = "";\n';
  const writer = spawn(
    process.execPath,
    [
      "-e",
      `const fs = require("node:fs");
       const gate = ${JSON.stringify(gate)};
       const fd = fs.openSync(gate, "w"); // returns once the build has opened the pipe to read it
       ${edit}
       fs.writeSync(fd, ${JSON.stringify(gateSource)});
       fs.writeFileSync(gate + ".tmp", ${JSON.stringify(gateSource)});
       fs.renameSync(gate + ".tmp", gate);
       fs.closeSync(fd);`,
    ],
    { stdio: "ignore" },
  );
  try {
    return [0, 1].map(() => {
      const result = spawnSync(process.execPath, [runBundled, script], { cwd: root, encoding: "utf8", env, timeout: 60_000 });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as unknown;
    });
  } finally {
    writer.kill();
  }
};

test("a source file saved while its bundle is being built: the next run bundles it again", () => {
  const folder = join(dir, "saved-during-build");
  const script = write(join(folder, "script.ts"), 'import { value } from "./lib.ts";', "console.log(JSON.stringify({ value }));");
  const lib = write(join(folder, "lib.ts"), 'import { gate } from "./gate.ts";', 'export const value = "old" + gate;');
  const edit = `fs.writeFileSync(${JSON.stringify(lib)}, 'import { gate } from "./gate.ts";\\nexport const value = "new" + gate;');`;
  expect(savedDuringBuild(folder, script, edit)).toEqual([{ value: "old" }, { value: "new" }]);
  expect(readFileSync(lib, "utf8")).toContain('"new"');
});

test("a symlinked source file retargeted while its bundle is being built: the next run bundles it again", () => {
  const folder = join(dir, "relinked-during-build");
  const script = write(join(folder, "script.ts"), 'import { value } from "./value.ts";', "console.log(JSON.stringify({ value }));");
  write(join(folder, "a.ts"), 'import { gate } from "./gate.ts";', 'export const value = "a" + gate;');
  write(join(folder, "b.ts"), 'export const value = "b";');
  const link = join(folder, "value.ts");
  relink(link, "a.ts");
  const edit = `fs.rmSync(${JSON.stringify(link)}); fs.symlinkSync("b.ts", ${JSON.stringify(link)});`;
  expect(savedDuringBuild(folder, script, edit)).toEqual([{ value: "a" }, { value: "b" }]);
});
