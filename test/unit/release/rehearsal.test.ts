// A release rehearsal on a temporary copy of the repository, with only the documented steps
// (docs/spec-changes.md): a new value in a growable enum (non-breaking), a renamed response field (breaking),
// then a major release. Afterwards only the spec, the version files, the changelog, generated/ and releases/
// may differ. Prints the files each step touched.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseDocument } from "yaml";
import { expect, test } from "vitest";
import { copyRepo } from "./repo-copy.ts";
import { mostSharedEnum, responseField } from "./spec-picks.ts";

const ALLOWED = [/^openapi\.yaml$/, /^package\.json$/, /^package-lock\.json$/, /^src\/version\.ts$/, /^CHANGELOG\.md$/, /^generated\//, /^releases\//];

test("release rehearsal: growable enum value, renamed response field, major release", { timeout: 600_000 }, () => {
  const dir = copyRepo({ git: true });
  const npm = (name: string, ...args: string[]) =>
    spawnSync("npm", ["run", "-s", name, ...(args.length ? ["--", ...args] : [])], { cwd: dir, encoding: "utf8" });
  const ok = (run: ReturnType<typeof npm>) => expect(run.status, run.stdout + run.stderr).toBe(0);
  /** Edits openapi.yaml as a person would: the YAML document keeps every byte it does not change. */
  const editSpec = (edit: (doc: ReturnType<typeof parseDocument>) => void) => {
    const doc = parseDocument(readFileSync(join(dir, "openapi.yaml"), "utf8"));
    edit(doc);
    writeFileSync(join(dir, "openapi.yaml"), doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  };
  const spec = () => parse(readFileSync(join(dir, "openapi.yaml"), "utf8"));
  const version = () => String(spec().info.version);
  const latestSnapshot = () => {
    const v = readdirSync(join(dir, "releases")).map((f) => /^openapi-(.+)\.yaml$/.exec(f)?.[1]).filter(Boolean) as string[];
    return v.sort((a, b) => a.localeCompare(b, "en", { numeric: true })).at(-1)!;
  };
  const next = (part: "major" | "minor") => {
    const [x, y] = version().split(".").map(Number) as [number, number];
    return part === "major" ? `${x + 1}.0.0` : `${x}.${y + 1}.0`;
  };

  // What each step touched: files whose content (or presence) changed, per `git status --porcelain`.
  const state = () => {
    const out = execFileSync("git", ["status", "--porcelain", "-uall", "-z"], { cwd: dir, encoding: "utf8" });
    const files = out.split("\0").filter(Boolean).map((l) => l.slice(3));
    return new Map(files.map((f) => [f, existsSync(join(dir, f)) ? createHash("sha1").update(readFileSync(join(dir, f))).digest("hex") : "deleted"]));
  };
  const log: string[] = [];
  const step = (name: string, body: () => void) => {
    const before = state();
    body();
    const after = state();
    const touched = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
    log.push(`${name}: ${touched.length} file${touched.length === 1 ? "" : "s"} (${touched.join(", ")})`);
  };

  const name = mostSharedEnum(spec());
  const released = parse(readFileSync(join(dir, "releases", `openapi-${latestSnapshot()}.yaml`), "utf8"));
  if (released.components.schemas[name]["x-growable-enum"] !== true) {
    // The marker must be released before values are added: readers of a release without it have a closed type.
    step(`mark ${name} x-growable-enum and release it (${next("minor")})`, () => {
      if (spec().components.schemas[name]["x-growable-enum"] !== true) editSpec((d) => d.setIn(["components", "schemas", name, "x-growable-enum"], true));
      ok(npm("diff:spec"));
      ok(npm("release", next("minor")));
      ok(npm("generate"));
    });
  }

  let reportLines = 0;
  step(`add a value to ${name} (growable)`, () => {
    editSpec((d) => d.addIn(["components", "schemas", name, "enum"], "rehearsal_value"));
    const gate = npm("diff:spec");
    ok(gate);
    expect(gate.stdout).toMatch(/non-breaking \(1\)/);
    expect(gate.stdout).not.toMatch(/^breaking/m);
    reportLines = gate.stdout.trimEnd().split("\n").length;
    expect(reportLines).toBeLessThan(10);
    ok(npm("changelog"));
  });

  const field = responseField(spec());
  step(`rename ${field.schema}.${field.property} (breaking)`, () => {
    editSpec((d) => {
      const props = d.getIn(["components", "schemas", field.schema, "properties"]) as any;
      const pair = props.items.find((p: any) => String(p.key) === field.property);
      pair.key.value = `${field.property}_renamed`;
      const required = d.getIn(["components", "schemas", field.schema, "required"]) as any;
      for (const item of required?.items ?? []) if (item.value === field.property) item.value = `${field.property}_renamed`;
    });
    const gate = npm("diff:spec");
    expect(gate.status, gate.stdout).toBe(1);
    expect(gate.stdout).toContain(`renamed ${field.property} → ${field.property}_renamed`);
    expect(gate.stderr).toMatch(/major version/);
  });

  const major = next("major");
  step(`npm run release -- ${major}, npm run generate`, () => {
    ok(npm("release", major));
    ok(npm("generate"));
    ok(npm("diff:spec"));
    ok(npm("check:generated"));
  });

  const changed = [...state().keys()];
  expect(changed.filter((f) => !ALLOWED.some((re) => re.test(f))), "files the release touched outside the allowed set").toEqual([]);
  expect(readFileSync(join(dir, "CHANGELOG.md"), "utf8")).toMatch(new RegExp(`^## ${major.replace(/\./g, "\\.")} — `, "m"));
  console.log(`release rehearsal (gate report for the new value: ${reportLines} lines)\n${log.map((l) => `  ${l}`).join("\n")}\n  in all: ${changed.length} files`);
});
