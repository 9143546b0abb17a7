// `npm run compile` publishes every exported entry as a bundle (scripts/lib/bundle-entries.ts): importing the
// package loads a few files, not the whole module graph, and what two entries share exists once. Checked on the
// dist/ that `npm test` compiles first (pretest), and in a fresh node process as a user's app would load it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { exportedScripts } from "../../scripts/lib/bundle-entries.ts";
import { root } from "../helpers/paths.ts";

const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; exports: never; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
const scripts = exportedScripts(packageJson);
// An optional peer (redis, for @payconnect/sdk/redis) is imported as the app installed it.
const dependencies = [...Object.keys(packageJson.dependencies ?? {}), ...Object.keys(packageJson.peerDependencies ?? {})];

/** The specifiers of a module's static imports and re-exports. */
const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm)].map((m) => m[1] ?? m[2]!);

test("package.json exports at least the main and webhooks entries for node and the web", () => {
  expect(scripts.length).toBeGreaterThanOrEqual(4);
});

test.each(scripts)("%s imports only chunks beside it, node: built-ins and the package's dependencies and peers", (script) => {
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
  // A few files, not the ~80 modules: the entry, its own code, and a chunk per set of entries sharing code (the
  // webhooks code, the API errors, the base class every entry shares, the lease the shared state renews).
  expect(seen.size).toBeLessThanOrEqual(6);
});

test("what two entries both export is the same object (one class, so instanceof holds across them)", () => {
  const subpaths = Object.keys(packageJson.exports as Record<string, unknown>).filter((key) => key !== "./package.json").map((key) => key.replace(/^\./, packageJson.name));
  const program = `
    const entries = await Promise.all(${JSON.stringify(subpaths)}.map((s) => import(s)));
    const names = [...new Set(entries.flatMap((e) => Object.keys(e)))];
    const shared = names.filter((name) => entries.filter((e) => name in e).length > 1);
    const same = shared.filter((name) => new Set(entries.filter((e) => name in e).map((e) => e[name])).size === 1);
    console.log(JSON.stringify({ shared, same }));`;
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
  // Every entry exports the base class (its errors' `instanceof` works with whichever entry the app imports).
  expect(classes.map(([exported]) => exported)).toContain("PayConnectError");
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

test("an app bundled as CommonJS for Node (esbuild --format=cjs, as serverless tools do) calls the API and verifies a webhook", async () => {
  const { build } = await import("esbuild");
  const app = `
    import http from "node:http";
    import { createPayConnect, signWebhook, verifyWebhook } from ${JSON.stringify(packageJson.name)};
    const server = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        const body = req.url === "/v1/auth/token"
          ? { access_token: "tok_cjs_bundle_0123456789abcdef", token_type: "Bearer", expires_in: 3600, scope: "payments.read" }
          : { error: { code: "not_found", message: "no such payment" } };
        res.writeHead(req.url === "/v1/auth/token" ? 200 : 404, { "content-type": "application/json" }).end(JSON.stringify(body));
      });
    });
    server.listen(0, "127.0.0.1", async () => {
      const pc = createPayConnect({ secretKey: "sk_test_cjs_bundle", baseUrl: "http://127.0.0.1:" + server.address().port, maxRetries: 0 });
      const api = await pc.getPayment("pay_cjs").then(() => "ok", (e) => e.constructor.name);
      const event = JSON.stringify({ id: "evt_1", type: "some.future_event", created_at: "2026-01-01T00:00:00Z", data: { object: {} } });
      const header = await signWebhook(event, "whsec_cjs_bundle");
      const webhook = await verifyWebhook(event, header, "whsec_cjs_bundle").then((e) => e.type, (e) => e.constructor.name);
      pc.close();
      server.close();
      console.log(JSON.stringify({ api, webhook }));
    });`;
  const out = await build({ stdin: { contents: app, resolveDir: root, sourcefile: "app.mjs", loader: "js" }, bundle: true, platform: "node", format: "cjs", write: false, logLevel: "silent" });
  expect(out.warnings.map((w) => w.text)).toEqual([]);
  const dir = mkdtempSync(join(tmpdir(), "pc-cjs-bundle-"));
  const file = join(dir, "app.cjs");
  writeFileSync(file, out.outputFiles[0]!.text);
  const run = spawnSync(process.execPath, [file], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  // The API answered (a 404 is an answer: the SDK reached the server), and the webhook verified.
  expect(JSON.parse(run.stdout)).toEqual({ api: "NotFoundError", webhook: "some.future_event" });
});

test("no published file imports a chunk only to run it (an app's bundler would drop it and warn about sideEffects)", () => {
  const dir = join(root, "dist/src/entry");
  const published = readdirSync(dir).filter((f) => f.endsWith(".js"));
  expect(published.length).toBeGreaterThanOrEqual(scripts.length);
  const orderOnly = published.filter((f) => /^\s*import\s*["']\.\/chunk-/m.test(readFileSync(join(dir, f), "utf8")));
  expect(orderOnly).toEqual([]);
});

test("the published JavaScript never reads import.meta (webpack's and Jest's CommonJS transforms cannot give it)", () => {
  const dir = join(root, "dist/src/entry");
  const published = readdirSync(dir).filter((f) => f.endsWith(".js"));
  expect(published.length).toBeGreaterThanOrEqual(scripts.length);
  expect(published.filter((f) => /\bimport\.meta\b/.test(readFileSync(join(dir, f), "utf8")))).toEqual([]);
});
