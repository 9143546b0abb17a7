// Release readiness: versions agree, the tarball holds exactly what users need, sizes are within budget,
// and npm run changelog records classified changes under the new version.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { VERSION } from "../../src/version.js";
import { root, specPath, tsxCli } from "../helpers/paths.ts";

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const spec = parse(readFileSync(specPath, "utf8"));

test("info.version in openapi.yaml, package.json and the SDK's VERSION agree", () => {
  expect(spec.info.version).toBe(pkg.version);
  expect(VERSION).toBe(pkg.version);
  expect(readFileSync(join(root, "CHANGELOG.md"), "utf8")).toContain(`## ${pkg.version} — `);
});

test("npm pack contains exactly dist/ (code, types, validators), README.md, CHANGELOG.md, LICENSE and openapi.yaml", () => {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
  const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
  const outside = files.filter((f) => !f.startsWith("dist/") && !["README.md", "CHANGELOG.md", "LICENSE", "openapi.yaml", "package.json"].includes(f));
  expect(outside).toEqual([]);
  for (const required of ["README.md", "CHANGELOG.md", "LICENSE", "openapi.yaml", "dist/src/entry/node.js", "dist/src/entry/webhooks-web.d.ts", "dist/generated/validators.js"]) {
    expect(files).toContain(required);
  }
  expect(files.filter((f) => f.startsWith("dist/docs/")), "the rendered docs are published separately").toEqual([]);
});

test("npm run size is within budget", () => {
  const out = spawnSync(process.execPath, [tsxCli, "scripts/size.ts"], { cwd: root, encoding: "utf8" });
  expect(out.status, out.stdout + out.stderr).toBe(0);
  expect(out.stdout).toMatch(/\| @payconnect\/sdk\/webhooks \(node\) \| [\d.]+ KB \|/);
});

describe("npm run changelog", () => {
  function repo() {
    const dir = mkdtempSync(join(tmpdir(), "pc-changelog-"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
    git("init", "-q");
    git("config", "user.email", "t@example.com");
    git("config", "user.name", "t");
    for (const f of ["openapi.yaml", "package.json", "CHANGELOG.md"]) copyFileSync(join(root, f), join(dir, f));
    git("add", ".");
    git("commit", "-qm", "base");
    return dir;
  }

  test("writes the classified changes under the new version", () => {
    const dir = repo();
    const next = structuredClone(spec);
    next.info.version = "1.1.0";
    next.components.schemas.Refund.properties.settled_at = { type: "string", format: "date-time", description: "When it settled." };
    next.components.schemas.Payment.properties.amount.description = "The amount in kopecks for RUB.";
    writeFileSync(join(dir, "openapi.yaml"), stringify(next));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ ...pkg, version: "1.1.0" }));
    execFileSync("git", ["commit", "-qam", "next"], { cwd: dir });
    const run = () => spawnSync(process.execPath, [tsxCli, join(root, "scripts/changelog.ts")], { cwd: dir, encoding: "utf8" });
    expect(run().status).toBe(0);
    expect(run().status).toBe(0); // idempotent: the 1.1.0 section is replaced, not duplicated
    const log = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
    expect(log.match(/## 1\.1\.0 — /g)).toHaveLength(1);
    expect(log.indexOf("## 1.1.0")).toBeLessThan(log.indexOf("## 1.0.0"));
    expect(log).toContain("### Additions and other non-breaking changes");
    expect(log).toContain("- `GET /v1/refunds/{refund_id} 200 response /settled_at`: field added");
    expect(log).toContain("### Documentation");
    expect(log).toContain("- `webhook payment.succeeded payload /data /object /amount`: description changed");
    expect(log).not.toContain("### Breaking changes");
  });

  test("refuses when openapi.yaml and package.json versions differ", () => {
    const dir = repo();
    writeFileSync(join(dir, "package.json"), JSON.stringify({ ...pkg, version: "9.9.9" }));
    const out = spawnSync(process.execPath, [tsxCli, join(root, "scripts/changelog.ts")], { cwd: dir, encoding: "utf8" });
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/info\.version \(1\.0\.0\) and package\.json version \(9\.9\.9\) differ/);
  });
});
