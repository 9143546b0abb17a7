// The exhaustive-switch rule (issue 9 item 5): known event types narrow; a default branch is needed and is
// reached by unknown types; and a new event type in the spec breaks no build. exhaustive-switch.ts holds the
// type-level code; here it runs, and is type-checked against a spec with one more event.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { listOperations, requestBodySchema } from "../../../scripts/lib/spec.ts";
import { root, runBundled } from "../../helpers/paths.ts";
import * as node from "../../../src/entry/webhooks-node.js";
import { handle } from "./exhaustive-switch.ts";
import { NOW, SECRET, sign, spec, specEvents } from "./spec-events.ts";

test("an event of a type this SDK does not know reaches the default branch", async () => {
  const example = specEvents()[0]!.event;
  const type = `${String(example.type)}_from_a_newer_api`;
  const body = JSON.stringify({ ...example, type });
  const event = await node.verifyWebhook(body, sign(body), SECRET, { now: NOW });
  expect(handle(event)).toBe(type.length);
});

test("the same switch type-checks against the spec plus one event type; the old `never` default does not", () => {
  const dir = mkdtempSync(join(tmpdir(), "pc-new-event-"));
  try {
    // The spec with one more event: a copy of the first, under a new type.
    const copy = structuredClone(spec) as any;
    const [first] = listOperations(spec, "webhooks");
    const newType = `${first!.path}_v2`;
    const schemaName = "NewTestEvent";
    const refName = String((requestBodySchema(spec, first!)!.schema as { $ref: string }).$ref).split("/").pop()!;
    copy.components.schemas[schemaName] = structuredClone(copy.components.schemas[refName]);
    copy.components.schemas[schemaName].properties.type.const = newType;
    const hook = structuredClone(copy.webhooks[first!.path]);
    hook.post.operationId = "onNewTestEvent";
    hook.post.requestBody = { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaName}` } } } };
    copy.webhooks[newType] = hook;
    writeFileSync(join(dir, "openapi.yaml"), JSON.stringify(copy));

    const gen = spawnSync(process.execPath, [runBundled, "scripts/generate.ts", "--spec", join(dir, "openapi.yaml"), "--out", join(dir, "generated")], { cwd: root, encoding: "utf8" });
    expect(gen.status, gen.stderr).toBe(0);
    expect(readFileSync(join(dir, "generated/schema.ts"), "utf8")).toContain(`"${newType}"`);

    cpSync(join(root, "src"), join(dir, "src"), { recursive: true });
    const testDir = join(dir, "test/unit/webhooks");
    cpSync(join(root, "test/unit/webhooks/exhaustive-switch.ts"), join(testDir, "exhaustive-switch.ts"));
    // Control: the former test asserted `never` in the default branch; against this spec that must fail.
    writeFileSync(join(testDir, "old-never.ts"), `import { expectTypeOf } from "vitest";
import type { WebhookEvent } from "../../../src/entry/webhooks-node.js";
export function old(event: WebhookEvent) {
  switch (event.type) {
    case "payment.succeeded": case "payment.failed": case "payment.refunded": return;
    default: expectTypeOf(event).toBeNever();
  }
}
`);
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
    const tsconfig = JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ ...tsconfig, include: ["test"] }));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(dir, "tsconfig.json")], { cwd: dir, encoding: "utf8" });
    const errorFiles = new Set([...tsc.stdout.matchAll(/^(\S+)\(\d+,\d+\): error/gm)].map((m) => m[1]));
    expect([...errorFiles], tsc.stdout.slice(0, 3000)).toEqual(["test/unit/webhooks/old-never.ts"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
