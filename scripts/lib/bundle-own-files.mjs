// How scripts/run-bundled.mjs compiles a script's own files into its bundle: each with its own import.meta, and
// the CommonJS globals the bundled packages expect.
import { readFileSync, realpathSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";

// Each local source file keeps its own import.meta.url, .dirname and .filename (scripts find the repository from
// them). esbuild's define replaces those expressions only, never the same text in a string or a comment (a
// generator may write "import.meta.url" into its output), and a bundle has one define for all files: so each file
// is compiled alone with its own, its inline source map carried into the bundle's. `import.meta` used whole is
// still the bundle's. Files in node_modules are left to esbuild. A transform reads no tsconfig.json; for this
// repository's files the JavaScript is the same (tsc rejects the imports its verbatimModuleSyntax would keep and
// esbuild's class fields are ES2022's).
// `read` gets each such file's real path and content as read here: what the bundle's key is computed from.
export const ownImportMeta = (transform, read) => ({
  name: "own-import-meta",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
      const target = realpathSync.native(args.path);
      const content = readFileSync(target);
      read.set(args.path, { target, content });
      const result = await transform(content.toString("utf8"), {
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
export const banner = [
  'import { createRequire as __pcRequire } from "node:module";',
  'import { fileURLToPath as __pcPath } from "node:url";',
  "const require = __pcRequire(import.meta.url);",
  "const __filename = __pcPath(import.meta.url);",
  'const __dirname = __filename.slice(0, __filename.lastIndexOf("/"));',
].join("\n");
