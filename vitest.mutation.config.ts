// The vitest config Stryker uses (`npm run mutation`): only the tests that run in-process against the SDK
// (no Prism, Chromium, Bun/Deno/workerd, npm pack, or child processes, whose runs Stryker cannot see), with
// every import of the built package pointed at the source. Stryker mutates src/, never dist/: a test that
// loaded dist/ would pass against every mutant, so its kills would not count.
import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const root = dirname(fileURLToPath(import.meta.url));

/** The globs of MUTATION_TESTS, or undefined when it names none. */
const narrowedTo = (env: string | undefined) => {
  const globs = env?.split(",").filter((glob) => glob.trim() !== "") ?? [];
  return globs.length > 0 ? globs : undefined;
};
const allTests = ["test/unit/**/*.test.ts", "test/integration/**/*.test.ts", "test/recipes/webhook-recipes.test.ts"];

// The package's own name → the entries package.json "exports" maps it to under Node, as source.
const packageEntries: Record<string, string> = {
  "@payconnect/sdk": "src/entry/node.ts",
  "@payconnect/sdk/webhooks": "src/entry/webhooks-node.ts",
};

/** `…/dist/src/x.js` or `…/dist/generated/x.js` (a path, a file: URL or a relative import) → the source file. */
function distToSource(): Plugin {
  return {
    name: "dist-to-source",
    enforce: "pre",
    resolveId(id) {
      const entry = packageEntries[id];
      if (entry !== undefined) return resolve(root, entry);
      // Only this package's build: a dependency's own dist/src (Stryker's, in the mutation tests) stays as it is.
      const m = id.includes("node_modules") ? null : /(?:^|\/)dist\/(src|generated)\/(.+)\.js$/.exec(id);
      if (m === null) return null;
      const base = resolve(root, m[1]!, m[2]!);
      return existsSync(`${base}.ts`) ? `${base}.ts` : `${base}.js`;
    },
  };
}

/**
 * Files that failed in their last run first (they killed the previous mutant), then the quickest in their last
 * run (vitest's cache; in a mutant run that is the time of the tests that covered that mutant). Stryker stops a
 * mutant's run at its first failing file (bail), so a mutant killed by a quick file no longer waits for the slow
 * ones that vitest's own order (longest first) runs before it. Which mutants die does not change.
 */
class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const state = (file: TestSpecification) => cache.getFileTestResults(`${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`);
    const rank = (file: TestSpecification) => [state(file)?.failed ? 0 : 1, state(file)?.duration ?? Infinity] as const;
    return [...files].sort((a, b) => {
      const [fa, da] = rank(a);
      const [fb, db] = rank(b);
      return fa - fb || (da === db ? 0 : da < db ? -1 : 1);
    });
  }
}

export default defineConfig({
  plugins: [distToSource()],
  test: {
    // A mutant that breaks a timeout or a retry leaves its test waiting for an answer that never comes; Stryker
    // then waits out its own timeout and restarts the worker (about a minute per mutant, most of a full run).
    // The property tests that hold the checker to ajv (hundreds of ajv compiles) take 10–20 s under coverage
    // instrumentation on a loaded machine, so 10 s failed Stryker's initial run; a hung test fails (kills its
    // mutant) in 30 s.
    testTimeout: 30_000,
    hookTimeout: 20_000,
    // Stryker reruns the covering tests for every mutant; re-importing the SDK for every test file would
    // dominate that time. Safe here: src/ keeps no module-level state, and tests restore their spies.
    isolate: false,
    sequence: { sequencer: QuickFirst },
    // MUTATION_TESTS="glob,glob" narrows a part's run to the tests of the folder it mutates (docs/MAINTAINING.md):
    // a mutant they kill is killed; a survivor counts only once `npm run mutation:recheck` (every test) agrees.
    // Unset or empty (no glob in it) runs every test.
    include: narrowedTo(process.env.MUTATION_TESTS) ?? allTests,
    exclude: [
      // These test scripts/ and generated/, not src/.
      "test/unit/release/**", "test/unit/mutation/**", "test/unit/spec-lint.test.ts", "test/unit/docs-samples.test.ts", "test/unit/spec-examples.test.ts",
      "test/unit/generated.test.ts", "test/unit/validators.test.ts", "test/.work/**",
      // These run scripts/ in child processes (a third of the initial run) and reach no line of src/.
      "test/unit/spec-loader.test.ts", "test/unit/compile.test.ts",
      // A ratio of timings: meaningless under coverage instrumentation beside another worker.
      "test/unit/validation/linear-time.test.ts",
      // The OWASP lint (Spectral in a child process): scripts/ only.
      "test/unit/spec-owasp.test.ts", "test/unit/spec-owasp-runner.test.ts",
      // Type-checks README and docs samples against dist/ (the docs, not src/ behaviour).
      "test/unit/readme-samples.test.ts",
      // These regenerate code and run tsc in child processes (~10 s per file): rerun for every mutant their
      // one runtime test touches, they would make the run hours long, and Stryker cannot see into the children.
      "test/unit/new-operation.test.ts", "test/unit/webhooks/types.test.ts",
    ],
  },
});
