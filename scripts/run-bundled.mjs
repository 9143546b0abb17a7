// `node scripts/run-bundled.mjs <script.ts> [args…]`: runs a TypeScript script as one esbuild bundle with its
// dependencies inside, cached until one of its own source files or package-lock.json changes. `npm run generate`
// goes through here: under tsx, Node spent most of its ~2 s loading openapi-typescript's hundreds of modules
// through the loader hooks and lexing typescript's 9 MB of CommonJS; the bundle loads in about a third of that.
// Plain JavaScript, so starting it costs no TypeScript loader. The cache is node_modules/.cache/payconnect-scripts
// (PAYCONNECT_SCRIPTS_CACHE overrides it). A run reads and writes one folder only: that one, or, only if it cannot
// be written, payconnect-scripts-<uid>-<hash> under the system's temp folder, with a warning. The temp folder is
// shared by every local user, so that folder is created private (mode 0700) and used only while it is a real folder
// of this user that no one else can write; otherwise the run bundles into a new private folder, deleted when it
// ends, with no cache (and says so). Deleting any of them is always safe. A cached bundle runs only if its
// manifest's inputs include the script itself, its key matches them and the file holds the text its hash was taken
// of. Each bundle has a source map beside it, so a stack trace names the script's .ts files and lines (it costs
// about 60 ms of the run).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cacheFolder, prune } from "./lib/bundle-cache-folder.mjs";
import { banner, ownImportMeta } from "./lib/bundle-own-files.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [entryArg, ...args] = process.argv.slice(2);
if (entryArg === undefined) {
  console.error("usage: node scripts/run-bundled.mjs <script.ts> [args…]");
  process.exit(2);
}
const entry = resolve(entryArg);
const preferredDir = resolve(process.env.PAYCONNECT_SCRIPTS_CACHE ?? join(root, "node_modules", ".cache", "payconnect-scripts"));
const uid = process.getuid?.(); // undefined on Windows, where the temp folder is the user's own
// Where the bundle goes when the cache folder cannot be written (a read-only checkout, node_modules of another user).
const fallbackDir = join(tmpdir(), `payconnect-scripts-${uid ?? "user"}-${digest(preferredDir).slice(0, 12)}`);
const name = `${basename(entry).replace(/\W/g, "_")}-${digest(entry).slice(0, 12)}`;
// What every key covers, whatever a manifest lists: Node's version, the lockfile and this launcher with its two lib
// files, as they are when the run starts (before a build, so one saved during it makes the next run build again).
const fixed = createHash("sha256").update(process.version);
const launcher = ["run-bundled.mjs", "lib/bundle-cache-folder.mjs", "lib/bundle-own-files.mjs"].map((file) => join(root, "scripts", file));
for (const file of [join(root, "package-lock.json"), ...launcher]) update(fixed, file, onDisk(file));
const fixedKey = fixed.digest("hex");

/** A file's real path and content now: "(missing)", or empty content for a folder (`import "./lib"`: its real path
 *  is what counts). */
function onDisk(file) {
  let target = "(missing)";
  let content = "";
  try {
    target = realpathSync.native(file);
    content = readFileSync(target);
  } catch {
    // missing, or a folder
  }
  return { target, content };
}

function update(hash, file, { target, content }) {
  hash.update("\0").update(file).update("\0").update(target).update("\0").update(content);
}

/** What the bundle depends on, as one hash: `fixedKey`, and every local file it was built from (also by the path
 *  its importer named, which may be a symlink), each with its real path and its content, so retargeting a symlink
 *  is a change. `look` gives them: as the build read them when a bundle is made, as they are now when it is
 *  checked; the two keys are equal only if nothing changed since the build read it. */
function key(inputs, look) {
  const hash = createHash("sha256").update(fixedKey);
  for (const file of inputs) update(hash, file, look(file));
  return hash.digest("hex");
}

function digest(data) {
  return createHash("sha256").update(data).digest("hex");
}

function cached(cacheDir) {
  const manifestFile = join(cacheDir, `${name}.json`);
  if (!existsSync(manifestFile)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    // A plain file name in this folder, nothing else: a manifest cannot point the launcher at another file.
    if (typeof manifest.bundle !== "string" || basename(manifest.bundle) !== manifest.bundle) return undefined;
    // Its inputs must include this script: a key over a list without it (another script's, or none) says nothing
    // about this script's bundle.
    const { inputs } = manifest;
    if (!Array.isArray(inputs) || !inputs.every((file) => typeof file === "string") || !inputs.includes(entry)) return undefined;
    if (manifest.key !== key(inputs, onDisk)) return undefined;
    // The bundle is the text the manifest was written for, not one put or left there since.
    const bundle = join(cacheDir, manifest.bundle);
    return digest(readFileSync(bundle)) === manifest.bundleHash ? bundle : undefined;
  } catch {
    return undefined; // a torn or foreign manifest, or no bundle: build again
  }
}

async function build(cacheDir) {
  const manifestFile = join(cacheDir, `${name}.json`);
  const read = new Map();
  const bundleName = `${name}.${process.pid}.${Date.now()}.mjs`;
  const { build: esbuild, transform } = await import("esbuild");
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    outfile: join(cacheDir, bundleName),
    // Beside the bundle, without the sources' text (node reads the .ts files for the line it shows).
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    logLevel: "error",
    banner: { js: banner },
    plugins: [ownImportMeta(transform, read)],
  });
  // The local files esbuild read (real paths: it follows symlinks), each also as its importer named it, so a
  // symlink on the way counts; and the script as given. `resolved`: what the build took each named path for.
  const inputs = new Set([entry]);
  const entryPoint = Object.values(result.metafile.outputs).find((output) => output.entryPoint)?.entryPoint;
  const resolved = new Map([[entry, resolve(entryPoint ?? entry)]]);
  for (const [input, { imports }] of Object.entries(result.metafile.inputs)) {
    if (input.includes("node_modules/")) continue;
    inputs.add(resolve(input));
    for (const { original, path } of imports) {
      if (!/^\.{0,2}\//.test(original ?? "")) continue;
      const named = resolve(dirname(resolve(input)), original);
      inputs.add(named);
      resolved.set(named, resolve(path));
    }
  }
  // Each input as the build saw it, never read again: a file saved since then (while esbuild worked) then differs
  // from its key, and the next run builds again. A path named by an importer that is a file (a symlink, or the
  // file's own path) counts as the file the build read through it, so a symlink retargeted since differs too; one
  // that is missing (`./dep` for dep.ts) or a folder counts as it is. A local file esbuild loads itself (not
  // .js/.ts: none so far) is hashed as it is after the build.
  const asBuilt = (file) => {
    if (read.has(file)) return read.get(file);
    const through = read.get(resolved.get(file));
    if (through !== undefined && statSync(file, { throwIfNoEntry: false })?.isFile()) return through;
    return onDisk(file);
  };
  const built = key([...inputs], asBuilt);
  mkdirSync(cacheDir, { recursive: true });
  // Written under a new name, then the manifest renamed into place: a run beside this one never reads half a file.
  const output = (ext) => result.outputFiles.find((file) => file.path.endsWith(ext)).contents;
  writeFileSync(join(cacheDir, `${bundleName}.map`), output(".map"));
  writeFileSync(join(cacheDir, bundleName), output(".mjs"));
  const manifest = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(manifest, JSON.stringify({ key: built, inputs: [...inputs], bundle: bundleName, bundleHash: digest(output(".mjs")) }));
  const previous = bundleNamed(manifestFile);
  renameSync(manifest, manifestFile);
  prune(cacheDir, name, [bundleName, previous]);
  return join(cacheDir, bundleName);
}

/** The bundle a manifest names, if it is readable. */
function bundleNamed(manifestFile) {
  try {
    return JSON.parse(readFileSync(manifestFile, "utf8")).bundle;
  } catch {
    return undefined;
  }
}

let bundle;
try {
  const cacheDir = cacheFolder({ preferredDir, fallbackDir, uid });
  bundle = cacheDir.fresh ? undefined : cached(cacheDir.dir);
  if (bundle === undefined) {
    if (cacheDir.warning !== undefined) console.error(cacheDir.warning);
    bundle = await build(cacheDir.dir);
  }
} catch (error) {
  // esbuild has printed what it could not build (file:line:col); say which script it was.
  console.error(`run-bundled: could not bundle ${entryArg}${error?.errors?.length ? "" : `: ${error?.message ?? error}`}`);
  process.exit(1);
}
// The script reads its arguments as if node had started it directly; its stack traces name its own files.
process.argv = [process.argv[0], entry, ...args];
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
