// `npm run docs [-- --spec <file>]`: renders the spec (plus generated x-codeSamples) with Redocly into
// dist/docs/index.html, one self-contained page that renders with no network (`--inlineBundle`, no web fonts,
// telemetry off). A spec that does not load (see scripts/lib/spec.ts) fails before anything is written.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { withCodeSamples } from "./lib/code-samples.ts";
import { runMain, specPath } from "./lib/cli.ts";
import { loadSpec } from "./lib/spec.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist/docs");
const redocly = join(dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");

runMain("docs", () => {
  const spec = loadSpec(specPath());
  const work = mkdtempSync(join(tmpdir(), "payconnect-docs-"));
  try {
    const specFile = join(work, "openapi.yaml");
    writeFileSync(specFile, stringify(withCodeSamples(spec), { lineWidth: 0 }));
    writeFileSync(join(work, "redocly.yaml"), "telemetry: off\n");
    mkdirSync(outDir, { recursive: true });
    const output = join(outDir, "index.html");
    const render = spawnSync(
      process.execPath,
      [redocly, "build-docs", specFile, "--output", output, "--inlineBundle", "--title", "PayConnect API",
        "--config", join(work, "redocly.yaml"), "--openapi.disableGoogleFont=true", "--openapi.hideDownloadButtons=false"],
      { cwd: work, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_NOTIFICATIONS: "true" } },
    );
    if (render.status !== 0) throw new Error(`redocly build-docs failed (exit ${render.status ?? render.signal}; its messages are above). Run npm run lint:spec to find the problem in the spec.`);
    // Redoc's "API docs by Redocly" badge loads its logo from a CDN at run time; keep the attribution, inline
    // the image, so the page makes no request at all.
    const badge = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" fill="#0044D4">Redocly</text></svg>')}`;
    const html = readFileSync(output, "utf8").replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g, badge);
    writeFileSync(output, html);
    if (/https:\/\/cdn\.redoc\.ly/.test(html)) throw new Error("docs page still references cdn.redoc.ly");
    const external = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    if (external.length > 0) throw new Error(`docs page would load ${external.join(", ")} from the network`);
    console.log(`docs: ${output} (${(statSync(output).size / 1024).toFixed(0)} KB, self-contained)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
