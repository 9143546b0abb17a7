// The vector suite in Bun and Deno (their npm packages ship the binaries), against the built dist/.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { root } from "../helpers/paths.ts";

const runtimes = [
  ["bun", [join(root, "node_modules/.bin/bun"), "test/vectors/cli.mjs"]],
  ["deno", [join(root, "node_modules/.bin/deno"), "run", "--allow-read", "--no-prompt", "test/vectors/cli.mjs"]],
] as const;
const entries = ["dist/src/entry/webhooks-web.js", "dist/src/entry/webhooks-node.js", "dist/src/entry/web.js"];

describe.each(runtimes)("%s", (name, [bin, ...args]) => {
  test.each(entries)(`runs every vector against %s`, (entry) => {
    expect(existsSync(bin), `${name} is a devDependency; run npm ci`).toBe(true);
    const out = spawnSync(bin, [...args, entry], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } });
    expect(out.status, out.stderr).toBe(0);
    const result = JSON.parse(out.stdout.trim().split("\n").pop()!);
    expect(result.runtime).toMatch(new RegExp(`^${name} `));
    expect(result.failures).toEqual([]);
    expect(result.passed).toBeGreaterThanOrEqual(100);
    console.log(`${result.runtime}: ${entry}: ${result.passed} passed, ${result.failed} failed`);
  }, 60_000);
});
