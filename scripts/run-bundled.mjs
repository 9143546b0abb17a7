// `node scripts/run-bundled.mjs <script.ts> [args…]`: runs a TypeScript script as one esbuild bundle with its
// dependencies inside, cached until one of its own source files or package-lock.json changes. `npm run generate`
// goes through here: under tsx, Node spent most of its ~2 s loading openapi-typescript's hundreds of modules
// through the loader hooks and lexing typescript's 9 MB of CommonJS; the bundle loads in about a third of that.
// Plain JavaScript, so starting it costs no TypeScript loader. The cache is node_modules/.cache/payconnect-scripts
// (PAYCONNECT_SCRIPTS_CACHE overrides it); if it cannot be written, a folder under the system's temp folder is
// used, with a warning. Deleting either is always safe.
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [entryArg, ...args] = process.argv.slice(2);
if (entryArg === undefined) {
  console.error("usage: node scripts/run-bundled.mjs <script.ts> [args…]");
  process.exit(2);
}
const entry = resolve(entryArg);
const preferredDir = resolve(process.env.PAYCONNECT_SCRIPTS_CACHE ?? join(root, "node_modules", ".cache", "payconnect-scripts"));
// Where the bundle goes when the cache folder cannot be written (a read-only checkout, node_modules of another user).
const fallbackDir = join(tmpdir(), `payconnect-scripts-${digest(preferredDir).slice(0, 12)}`);
const name = `${basename(entry).replace(/\W/g, "_")}-${digest(entry).slice(0, 12)}`;
const lockFile = join(root, "package-lock.json");

/** What the bundle depends on, as one hash: every local file it was built from, the lockfile, this launcher and Node's version. */
function key(inputs) {
  const hash = createHash("sha256").update(process.version).update("\0");
  for (const file of [lockFile, fileURLToPath(import.meta.url), ...inputs]) hash.update(file).update("\0").update(existsSync(file) ? readFileSync(file) : "(missing)").update("\0");
  return hash.digest("hex");
}

function digest(text) {
  return createHash("sha256").update(text).digest("hex");
}

function cached(cacheDir) {
  const manifestFile = join(cacheDir, `${name}.json`);
  if (!existsSync(manifestFile)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    // A plain file name in this folder, nothing else: a manifest cannot point the launcher at another file.
    if (typeof manifest.bundle !== "string" || basename(manifest.bundle) !== manifest.bundle) return undefined;
    const bundle = join(cacheDir, manifest.bundle);
    return manifest.key === key(manifest.inputs) && existsSync(bundle) ? bundle : undefined;
  } catch {
    return undefined; // a torn or foreign manifest: build again
  }
}

function writable(dir) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

// Each source file keeps its own import.meta.url (scripts find the repository from it), and CommonJS packages
// inside an ES module bundle get the require, __filename and __dirname they expect.
const ownMetaUrl = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
      const text = readFileSync(args.path, "utf8");
      const loader = /\.[cm]?ts$/.test(args.path) ? "ts" : "js";
      return { contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader };
    });
  },
};
const banner = [
  'import { createRequire as __pcRequire } from "node:module";',
  'import { fileURLToPath as __pcPath } from "node:url";',
  "const require = __pcRequire(import.meta.url);",
  "const __filename = __pcPath(import.meta.url);",
  'const __dirname = __filename.slice(0, __filename.lastIndexOf("/"));',
].join("\n");

async function build(cacheDir) {
  const manifestFile = join(cacheDir, `${name}.json`);
  const { build: esbuild } = await import("esbuild");
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    outfile: join(cacheDir, `${name}.mjs`),
    metafile: true,
    logLevel: "error",
    banner: { js: banner },
    plugins: [ownMetaUrl],
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes("node_modules/"))
    .map((input) => resolve(input));
  const bundleName = `${name}.${process.pid}.${Date.now()}.mjs`;
  mkdirSync(cacheDir, { recursive: true });
  // Written under a new name, then the manifest renamed into place: a run beside this one never reads half a file.
  writeFileSync(join(cacheDir, bundleName), result.outputFiles[0].contents);
  const manifest = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(manifest, JSON.stringify({ key: key(inputs), inputs, bundle: bundleName }));
  renameSync(manifest, manifestFile);
  // Earlier bundles of this script go once no run can still be about to load them.
  for (const file of readdirSync(cacheDir)) {
    const path = join(cacheDir, file);
    if (file.startsWith(`${name}.`) && file.endsWith(".mjs") && file !== bundleName && Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { force: true });
  }
  return join(cacheDir, bundleName);
}

let bundle = cached(preferredDir) ?? cached(fallbackDir);
if (bundle === undefined) {
  try {
    const cacheDir = writable(preferredDir) ? preferredDir : fallbackDir;
    if (cacheDir === fallbackDir) console.error(`run-bundled: cannot write the cache folder ${preferredDir}; using ${fallbackDir}`);
    bundle = await build(cacheDir);
  } catch (error) {
    // esbuild has printed what it could not build (file:line:col); say which script it was.
    console.error(`run-bundled: could not bundle ${entryArg}${error?.errors?.length ? "" : `: ${error?.message ?? error}`}`);
    process.exit(1);
  }
}
// The script reads its arguments as if node had started it directly.
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(bundle).href);
