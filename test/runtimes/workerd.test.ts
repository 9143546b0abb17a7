// The vector suite inside Cloudflare's workerd (npm `workerd` ships the binary; it runs offline): the built
// Web Crypto entries bundled into a module worker, served on 127.0.0.1, asked over HTTP for the results.
// workerd also forbids code generation from strings, so this proves the generated validators load there.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, test } from "vitest";
import { freePort } from "../../scripts/lib/free-port.ts";
import { root } from "../helpers/paths.ts";

const work = join(root, "test/.work/workerd");
let child: ChildProcess | undefined;
let url = "";

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(
    join(work, "entry.mjs"),
    `import * as webhooksOnly from ${JSON.stringify(join(root, "dist/src/entry/webhooks-web.js"))};
import * as full from ${JSON.stringify(join(root, "dist/src/entry/web.js"))};
import { runVectors, summary } from ${JSON.stringify(join(root, "test/vectors/run-vectors.mjs"))};
import file from ${JSON.stringify(join(root, "test/vectors/webhooks.json"))};
export default {
  async fetch(request) {
    const entry = new URL(request.url).pathname === "/full" ? full : webhooksOnly;
    return Response.json({ runtime: "workerd " + navigator.userAgent, ...summary(await runVectors(entry.verifyWebhook, file)) });
  },
};
`,
  );
  await build({ entryPoints: [join(work, "entry.mjs")], bundle: true, format: "esm", platform: "neutral", mainFields: ["module", "main"],
    outfile: join(work, "worker.mjs"), logLevel: "silent" });
  const port = await freePort();
  writeFileSync(
    join(work, "config.capnp"),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .vectorsWorker) ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const vectorsWorker :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.mjs") ],
  compatibilityDate = "2025-01-01",
);
`,
  );
  child = spawn(join(root, "node_modules/.bin/workerd"), ["serve", join(work, "config.capnp")], { stdio: ["ignore", "pipe", "pipe"] });
  url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(20_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("workerd did not start");
}, 60_000);

afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

test.each([
  ["@payconnect/sdk/webhooks (web)", "/"],
  ["@payconnect/sdk (web entry)", "/full"],
])("every vector passes in workerd through %s", async (name, path) => {
  const result = (await (await fetch(url + path)).json()) as { runtime: string; passed: number; failed: number; failures: unknown[] };
  expect(result.runtime).toMatch(/^workerd /);
  expect(result.failures).toEqual([]);
  expect(result.passed).toBeGreaterThanOrEqual(100);
  console.log(`${result.runtime}: ${name}: ${result.passed} passed, ${result.failed} failed`);
});
