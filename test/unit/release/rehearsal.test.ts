// The issue's release rehearsal on a temporary copy of the repository, with only the documented steps
// (docs/spec-changes.md): a new value in a growable enum (non-breaking), then a renamed response field and a
// changed example value (breaking), then `npm run release -- <next major>` and (in `npm run rehearse`, see
// rehearsal-unit.ts) the full check: generated/ drift, compile, type check, spec lint, docs and the unit tests.
// Only the spec, the version files, the changelog and files written by scripts may differ afterwards. Prints the files each step touched and how long each took.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { expect, onTestFinished, test } from "vitest";
import { copyRepo } from "./repo-copy.ts";
import { NESTED, type Run, rehearsal, renameProperty, replaceInValues } from "./rehearsal-steps.ts";
import { renameInServer } from "./server-rename.ts";
import { exampleString, mostSharedEnum, renamableResponseField } from "./spec-picks.ts";
import { checksScope, fullInCopy, unitRun } from "./rehearsal-unit.ts";

// The sandbox is a server of the API: a breaking rename changes its source (renameInServer), nothing else.
const ALLOWED = [/^packages\/sandbox\/src\//, /^openapi\.yaml$/, /^package\.json$/, /^package-lock\.json$/, /^src\/version\.ts$/, /^CHANGELOG\.md$/, /^generated\//, /^releases\//, /^test\/vectors\/webhooks\.json$/];

test.skipIf(process.env[NESTED] === "1")("release rehearsal: growable enum value, renamed response field and example, major release, full check", { timeout: 1_800_000 }, () => {
  const dir = copyRepo({ git: true });
  const { run, npm, spec, editSpec, code, state, step, log, commit } = rehearsal(dir);
  onTestFinished(() => console.log(`release rehearsal in ${dir}\n${log.map((l) => `  ${l}`).join("\n")}`));
  const ok = (r: Run) => expect(r.status, `${r.command}\n${r.stdout.slice(-4000)}${r.stderr.slice(-4000)}`).toBe(0);
  const version = () => String(spec().info.version);
  const next = (part: "major" | "minor") => {
    const [x, y] = version().split(".").map(Number) as [number, number];
    return part === "major" ? `${x + 1}.0.0` : `${x}.${y + 1}.0`;
  };
  const latestSnapshot = () => readdirSync(join(dir, "releases")).map((f) => /^openapi-(.+)\.yaml$/.exec(f)?.[1]).filter(Boolean)
    .sort((a, b) => a!.localeCompare(b!, "en", { numeric: true })).at(-1)!;
  /** `npm run release` and the steps docs/spec-changes.md lists after it. */
  const release = (v: string) => {
    ok(npm("release", v));
    ok(npm("generate"));
    ok(npm("vectors"));
    commit(`release ${v}`);
  };

  const name = mostSharedEnum(spec());
  const released = parse(readFileSync(join(dir, "releases", `openapi-${latestSnapshot()}.yaml`), "utf8"));
  if (released.components.schemas[name]["x-growable-enum"] !== true) {
    // The marker must be released before values are added: readers of a release without it have a closed type.
    step(`mark ${name} x-growable-enum and release it (${next("minor")})`, () => {
      if (spec().components.schemas[name]["x-growable-enum"] !== true) editSpec((d) => d.setIn(["components", "schemas", name, "x-growable-enum"], true));
      ok(npm("diff:spec"));
      release(next("minor"));
    });
  }

  let reportLines = 0;
  step(`add a value to ${name} (growable): gate non-breaking`, () => {
    editSpec((d) => d.addIn(["components", "schemas", name, "enum"], "rehearsal_value"));
    const gate = npm("diff:spec");
    ok(gate);
    expect(gate.stdout).toMatch(/non-breaking \(1\)/);
    expect(gate.stdout).not.toMatch(/^breaking/m);
    reportLines = gate.stdout.trimEnd().split("\n").length;
    expect(reportLines).toBeLessThan(10);
    ok(npm("changelog"));
  });

  const field = renamableResponseField(spec(), code());
  const renamed = `${field.property}_renamed`;
  const oldValue = exampleString(spec(), field.schema);
  const newValue = `${oldValue}9`;
  step(`rename ${field.schema}.${field.property} → ${renamed} (in ${field.examples} examples), example ${oldValue} → ${newValue}: gate breaking`, () => {
    const serverEdits = renameInServer(dir, field.schema, field.property, renamed);
    log.push(`  the sandbox, renamed as an editor's Rename Symbol does: ${serverEdits.map((e) => `${e.file} (${e.edits})`).join(", ") || "nothing"}`);
    editSpec((d) => {
      expect(renameProperty(d, field.schema, field.property, renamed)).toBeGreaterThan(field.examples);
      expect(replaceInValues(d, oldValue, newValue)).toBeGreaterThan(0);
    });
    const gate = npm("diff:spec");
    expect(gate.status, gate.stdout + gate.stderr).toBe(1);
    expect(gate.stdout).toContain(`renamed ${field.property} → ${renamed}`);
    expect(gate.stderr).toMatch(/major version/);
  });

  const major = next("major");
  step(`npm run release -- ${major}, npm run generate, npm run vectors`, () => {
    release(major);
    ok(npm("diff:spec"));
  });

  const checks: Run[] = [];
  step(`full check: ${checksScope()}`, () => {
    if (!fullInCopy()) return;
    // compile first: examples/ and the recipes import the package by name, i.e. from dist/.
    for (const check of [() => npm("check:generated"), () => npm("compile"), () => run("npx", "tsc", "-p", "tsconfig.json", "--noEmit"), () => npm("lint:spec"), () => npm("docs")]) {
      const r = check();
      checks.push(r);
      log.push(`  ${r.command}: exit ${r.status}, ${r.seconds.toFixed(1)} s`);
      ok(r);
    }
    const unit = unitRun(run);
    checks.push(unit);
    log.push(`  ${unit.command}: exit ${unit.status}, ${unit.seconds.toFixed(1)} s; ${/Tests .*/.exec(unit.stdout)?.[0] ?? ""}`);
    ok(unit);
  });

  const changed = [...state().keys()];
  expect(changed.filter((f) => !ALLOWED.some((re) => re.test(f))), "files the release touched outside the allowed set").toEqual([]);
  expect(readFileSync(join(dir, "CHANGELOG.md"), "utf8")).toMatch(new RegExp(`^## ${major.replace(/\./g, "\\.")} — `, "m"));
  log.push(
    `gate report for the new value: ${reportLines} lines; renamed ${field.schema}.${field.property}, which src/ and examples/ do not name (the sandbox was renamed with it)`,
    `in all: ${changed.length} files`,
    `checks: ${checks.map((c) => `${c.command.replace(/^npm run -s /, "")} ${c.seconds.toFixed(1)} s`).join(", ")}`,
  );
});
