// Every known-answer vector against both HMAC providers, from source and from the built dist/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { root } from "../../helpers/paths.ts";
// @ts-expect-error — plain JS runner shared with Bun and Deno
import { runVectors } from "../../vectors/run-vectors.mjs";

const file = JSON.parse(readFileSync(join(root, "test/vectors/webhooks.json"), "utf8"));

const implementations = [
  ["source, node:crypto", "src/entry/webhooks-node.ts"],
  ["source, Web Crypto", "src/entry/webhooks-web.ts"],
  ["dist, node:crypto", "dist/src/entry/webhooks-node.js"],
  ["dist, Web Crypto", "dist/src/entry/webhooks-web.js"],
  ["dist, package entry (node)", "dist/src/entry/node.js"],
] as const;

test("there are at least 30 vectors and they cover every rejection reason", () => {
  expect(file.cases.length).toBeGreaterThanOrEqual(30);
  const reasons = new Set(file.cases.filter((c: any) => !c.expect.ok).map((c: any) => c.expect.reason));
  expect(reasons).toEqual(new Set(["missing_header", "malformed_header", "timestamp_outside_tolerance", "no_valid_signature", "invalid_payload"]));
});

describe.each(implementations)("%s", (_name, entry) => {
  test("passes every vector in every body form", async () => {
    const { verifyWebhook } = await import(pathToFileURL(join(root, entry)).href);
    const results: { name: string; pass: boolean; detail: string }[] = await runVectors(verifyWebhook, file);
    expect(results.filter((r) => !r.pass)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(file.cases.length * 2);
  }, 120_000);
});

test("the vectors are built from the spec: a changed webhook example makes the freshness check fail and say what to run", async () => {
  const { spawnSync } = await import("node:child_process");
  const { mkdtempSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { stringify } = await import("yaml");
  const { scriptArgs } = await import("../../helpers/paths.ts");
  const { spec, webhookTypes, webhookExamples } = await import("../../helpers/spec-examples.ts");
  const changed = structuredClone(spec()) as any;
  const [type] = webhookTypes();
  const [name] = Object.keys(webhookExamples(type!));
  const media = changed.webhooks[type!].post.requestBody.content["application/json"];
  media.examples[name!] = { value: { ...webhookExamples(type!)[name!], id: `${webhookExamples(type!)[name!].id}9` } };
  const file = join(mkdtempSync(join(tmpdir(), "pc-vectors-")), "openapi.yaml");
  writeFileSync(file, stringify(changed));
  const out = spawnSync(process.execPath, [...scriptArgs("scripts/write-webhook-vectors.ts"), "--check", "--spec", file], { cwd: root, encoding: "utf8" });
  expect(out.status).toBe(1);
  expect(out.stderr).toContain("run `npm run vectors`");
  // And the committed vectors carry the spec's example as it is.
  const vector = JSON.parse(readFileSync(join(root, "test/vectors/webhooks.json"), "utf8")).cases.find((c: any) => c.name === type || c.name === `${type} (${name})`);
  expect(JSON.parse(vector.body)).toEqual(webhookExamples(type!)[name!]);
});

test("webhooks.json is what scripts/write-webhook-vectors.ts writes", async () => {
  const { spawnSync } = await import("node:child_process");
  const { scriptArgs } = await import("../../helpers/paths.ts");
  const out = spawnSync(process.execPath, [...scriptArgs("scripts/write-webhook-vectors.ts"), "--check"], { cwd: root, encoding: "utf8" });
  expect(out.stderr).toBe("");
  expect(out.status).toBe(0);
});
