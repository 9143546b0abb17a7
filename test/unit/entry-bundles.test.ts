// `npm run compile` publishes every exported entry as a bundle (scripts/lib/bundle-entries.ts): importing the
// package loads a few files, not the whole module graph, and what two entries share exists once. Checked on the
// dist/ that `npm test` compiles first (pretest), and in a fresh node process as a user's app would load it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { exportedScripts } from "../../scripts/lib/bundle-entries.ts";
import { root } from "../helpers/paths.ts";

const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; exports: never; dependencies?: Record<string, string> };
const scripts = exportedScripts(packageJson);
const dependencies = Object.keys(packageJson.dependencies ?? {});

/** The specifiers of a module's static imports and re-exports. */
const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2]!);

test("package.json exports at least the main and webhooks entries for node and the web", () => {
  expect(scripts.length).toBeGreaterThanOrEqual(4);
});

test.each(scripts)("%s imports only chunks beside it, node: built-ins and the package's dependencies", (script) => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith("node:") || dependencies.includes(specifier)) continue;
      expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/chunk-[A-Z0-9]+\.js$/);
      visit(join(dirname(file), specifier));
    }
  };
  visit(join(root, script));
  expect(seen.size).toBeLessThanOrEqual(4);
});

test("what the main and webhooks entries both export is the same object (one class, so instanceof holds across them)", () => {
  const program = `
    const main = await import(${JSON.stringify(packageJson.name)});
    const webhooks = await import(${JSON.stringify(`${packageJson.name}/webhooks`)});
    const shared = Object.keys(webhooks).filter((name) => name in main);
    console.log(JSON.stringify({ shared, same: shared.filter((name) => main[name] === webhooks[name]) }));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", program], { cwd: root, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const { shared, same } = JSON.parse(run.stdout) as { shared: string[]; same: string[] };
  expect(shared).toEqual(expect.arrayContaining(["PayConnectError", "WebhookVerificationError"]));
  expect(same).toEqual(shared);
});

test.each(scripts)("every class %s exports is named as it is exported (esbuild renames a class that refers to itself: console.log and error.constructor.name said `_ApiError`)", (script) => {
  const program = `
    const entry = await import(${JSON.stringify(join(root, script))});
    const classes = Object.entries(entry).filter(([, v]) => typeof v === "function" && /^class\\b/.test(Function.prototype.toString.call(v)));
    console.log(JSON.stringify(classes.map(([name, v]) => [name, v.name])));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", program], { cwd: root, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const classes = JSON.parse(run.stdout) as [exported: string, name: string][];
  expect(classes.map(([exported]) => exported)).toEqual(expect.arrayContaining(["PayConnectError", "WebhookVerificationError"]));
  expect(classes.filter(([exported, name]) => exported !== name)).toEqual([]);
});

test("importing the package loads no network or crypto built-in (each loads on first use: a cold start pays for what it uses)", () => {
  const heavy = "/NativeModule (http|https|http2|net|tls|crypto)$/";
  const script = [
    "const before = new Set(process.moduleLoadList);",
    `const loaded = () => process.moduleLoadList.filter((m) => !before.has(m) && ${heavy}.test(m)).map((m) => m.split(" ")[1]);`,
    `const { signWebhook } = await import(${JSON.stringify(packageJson.name)});`,
    `await import(${JSON.stringify(`${packageJson.name}/webhooks`)});`,
    "const atImport = loaded();",
    'await signWebhook("{}", "whsec_entry_bundles_test");',
    "console.log(JSON.stringify({ atImport, afterUse: loaded() }));",
  ].join("\n");
  const out = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  expect(out.status, out.stderr).toBe(0);
  const { atImport, afterUse } = JSON.parse(out.stdout) as { atImport: string[]; afterUse: string[] };
  expect(atImport).toEqual([]);
  // The check can see a built-in load: signing a webhook loads node:crypto.
  expect(afterUse).toContain("crypto");
});
