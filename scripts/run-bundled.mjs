// `node scripts/run-bundled.mjs <script.ts> [args…]`: runs a TypeScript script as one esbuild bundle with its
// dependencies inside, cached until one of its own source files or package-lock.json changes. `npm run generate`
// goes through here: under tsx, Node spent most of its ~2 s loading openapi-typescript's hundreds of modules
// through the loader hooks and lexing typescript's 9 MB of CommonJS; the bundle loads in about a third of that.
// Plain JavaScript, so starting it costs no TypeScript loader. The cache is node_modules/.cache/payconnect-scripts
// (PAYCONNECT_SCRIPTS_CACHE overrides it); if it cannot be written, a folder under the system's temp folder is
// used, with a warning. Deleting either is always safe. Each bundle has a source map beside it, so a stack trace
// names the script's .ts files and lines (it costs about 60 ms of the run).
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

/** What the bundle depends on, as one hash: every local file it was built from (also by the path its importer
 *  named, which may be a symlink), the lockfile, this launcher and Node's version. Each file counts
 *  with its real path and its content, so retargeting a symlink is a change. */
function key(inputs) {
  const hash = createHash("sha256").update(process.version);
  for (const file of [lockFile, fileURLToPath(import.meta.url), ...inputs]) {
    let target = "(missing)";
    let content = "";
    try {
      target = realpathSync.native(file);
      content = readFileSync(target);
    } catch {
      // missing, or a folder (`import "./lib"`): its real path is what counts
    }
    hash.update("\0").update(file).update("\0").update(target).update("\0").update(content);
  }
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

// Each local source file keeps its own import.meta.url, .dirname and .filename (scripts find the repository from
// them). esbuild's define replaces those expressions only, never the same text in a string or a comment (a
// generator may write "import.meta.url" into its output), and a bundle has one define for all files: so each file
// is compiled alone with its own, its inline source map carried into the bundle's. `import.meta` used whole is
// still the bundle's. Files in node_modules are left to esbuild. A transform reads no tsconfig.json; for this
// repository's files the JavaScript is the same (tsc rejects the imports its verbatimModuleSyntax would keep and
// esbuild's class fields are ES2022's).
const ownImportMeta = (transform) => ({
  name: "own-import-meta",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
      const result = await transform(readFileSync(args.path, "utf8"), {
        loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js",
        sourcefile: args.path,
        sourcemap: "inline",
        define: {
          "import.meta.url": JSON.stringify(pathToFileURL(args.path).href),
          "import.meta.dirname": JSON.stringify(dirname(args.path)),
          "import.meta.filename": JSON.stringify(args.path),
        },
      });
      return { contents: result.code, loader: "js" };
    });
  },
});
// CommonJS packages inside an ES module bundle get the require, __filename and __dirname they expect.
const banner = [
  'import { createRequire as __pcRequire } from "node:module";',
  'import { fileURLToPath as __pcPath } from "node:url";',
  "const require = __pcRequire(import.meta.url);",
  "const __filename = __pcPath(import.meta.url);",
  'const __dirname = __filename.slice(0, __filename.lastIndexOf("/"));',
].join("\n");

async function build(cacheDir) {
  const manifestFile = join(cacheDir, `${name}.json`);
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
    plugins: [ownImportMeta(transform)],
  });
  // The local files esbuild read (real paths: it follows symlinks), each also as its importer named it, so a
  // symlink on the way counts; and the script as given.
  const inputs = new Set([entry]);
  for (const [input, { imports }] of Object.entries(result.metafile.inputs)) {
    if (input.includes("node_modules/")) continue;
    inputs.add(resolve(input));
    for (const { original } of imports) if (/^\.{0,2}\//.test(original ?? "")) inputs.add(resolve(dirname(resolve(input)), original));
  }
  mkdirSync(cacheDir, { recursive: true });
  // Written under a new name, then the manifest renamed into place: a run beside this one never reads half a file.
  const output = (ext) => result.outputFiles.find((file) => file.path.endsWith(ext)).contents;
  writeFileSync(join(cacheDir, `${bundleName}.map`), output(".map"));
  writeFileSync(join(cacheDir, bundleName), output(".mjs"));
  const manifest = `${manifestFile}.${process.pid}.tmp`;
  writeFileSync(manifest, JSON.stringify({ key: key([...inputs]), inputs: [...inputs], bundle: bundleName }));
  const previous = bundleNamed(manifestFile);
  renameSync(manifest, manifestFile);
  prune(cacheDir, [bundleName, previous]);
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

/** Deletes this script's bundles and their maps (each ~12 MB), keeping `keep` (this run's and the one the
 *  manifest named until now, which a run beside this one may have just read) and any whose builder is still
 *  running (it may not have loaded it yet). A bundle already loaded runs on when its file is deleted. */
function prune(cacheDir, keep) {
  for (const file of readdirSync(cacheDir)) {
    // `${name}.<pid>.<time>.mjs` and its `.map`
    const pid = file.startsWith(`${name}.`) ? /^\.(\d+)\.\d+\.mjs(?:\.map)?$/.exec(file.slice(name.length))?.[1] : undefined;
    if (pid !== undefined && !keep.includes(file.replace(/\.map$/, "")) && !running(Number(pid))) rmSync(join(cacheDir, file), { force: true });
  }
}

function running(pid) {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return error.code === "EPERM"; // exists, another user's
  }
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
// The script reads its arguments as if node had started it directly; its stack traces name its own files.
process.argv = [process.argv[0], entry, ...args];
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
