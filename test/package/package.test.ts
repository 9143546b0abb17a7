// The built package: exports resolve per runtime, publint and attw are clean, versions agree.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { VERSION } from "../../src/version.js";
import { root } from "../helpers/paths.ts";

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
// npm_config_ignore_scripts: attw and publint pack the package; `prepack` would recompile dist/ under the
// tests that are reading it (pretest has just built it).
const run = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, npm_config_ignore_scripts: "true" } });

describe("package", () => {
  test("publint --strict is clean", () => {
    const out = run([join(root, "node_modules/publint/src/cli.js"), "--strict"]);
    expect(out.stdout + out.stderr).toContain("All good!");
    expect(out.status).toBe(0);
  });

  test("attw --pack --profile esm-only is clean", () => {
    const out = run([join(root, "node_modules/@arethetypeswrong/cli/dist/index.js"), "--pack", "--profile", "esm-only", "--format", "json"]);
    expect(out.status, out.stdout + out.stderr).toBe(0);
  });

  test("under Node the package resolves to the node entry, and its API is there", () => {
    const out = run(["--input-type=module", "-e", `
      const m = await import("@payconnect/sdk");
      const url = import.meta.resolve("@payconnect/sdk");
      console.log(JSON.stringify({ url, names: Object.keys(m).sort() }));`]);
    expect(out.stderr).toBe("");
    const { url, names } = JSON.parse(out.stdout);
    expect(url).toMatch(/dist\/src\/entry\/node\.js$/);
    for (const name of ["createPayConnect", "PayConnectError", "ApiError", "ValidationError", "RateLimitError", "TimeoutError", "WebhookVerificationError"]) {
      expect(names).toContain(name);
    }
  });

  test("CommonJS can require() both entries (Node ≥ 20.19 loads ES modules so, without top-level await), as the README says", () => {
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain('require("@payconnect/sdk")');
    const out = run(["--input-type=commonjs", "-e", `
      const main = require("@payconnect/sdk");
      const webhooks = require("@payconnect/sdk/webhooks");
      import("@payconnect/sdk").then((imported) => console.log(JSON.stringify({
        createPayConnect: typeof main.createPayConnect, verifyWebhook: typeof webhooks.verifyWebhook,
        same: imported.ApiError === main.ApiError && webhooks.PayConnectError === main.PayConnectError })));`]);
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual({ createPayConnect: "function", verifyWebhook: "function", same: true });
  });

  test("runtime dependencies are openapi-fetch only", () => {
    expect(Object.keys(pkg.dependencies)).toEqual(["openapi-fetch"]);
  });

  test("src/version.ts matches package.json", () => {
    expect(VERSION).toBe(pkg.version);
  });
});

// `npm run typecheck`, as maintainers run it: incremental, its state in node_modules/.cache (only files changed since
// the last run are checked again, ~7 → ~3 s; a fresh clone checks everything). No other tsc run shares that file.
test("the whole project type-checks (expectTypeOf and @ts-expect-error in tests included)", () => {
  const out = spawnSync("npm", ["run", "-s", "typecheck"], { cwd: root, encoding: "utf8" });
  expect(out.stdout + out.stderr).toBe("");
  expect(out.status).toBe(0);
}, 180_000); // tsc over every file, tests included: ~7 s on a quiet machine, much more beside other suites
