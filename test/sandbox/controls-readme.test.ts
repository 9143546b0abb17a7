// The sandbox README lists its controls: every operation of controls.yaml is there with its method, and every
// `/_sandbox/` path the README names is one controls.yaml serves (a merchant reads the README, not the YAML).
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { controlsPath } from "../../packages/sandbox/src/controls/document.ts";

const doc = parse(readFileSync(controlsPath(), "utf8")) as { paths: Record<string, Record<string, unknown>> };
const readme = readFileSync(new URL("../../packages/sandbox/README.md", import.meta.url), "utf8");
const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));

test("every control of controls.yaml is listed in the sandbox README with its method", () => {
  expect(documented.length).toBeGreaterThan(0);
  const missing = documented.filter((control) => !readme.includes(`\`${control}\``));
  expect(missing).toEqual([]);
});

test("every /_sandbox/ control the README names exists in controls.yaml", () => {
  const named = [...readme.matchAll(/`((?:GET|POST|PUT|PATCH|DELETE) \/_sandbox\/[^`\s]*)`/g)].map((m) => m[1]!);
  expect(named.length).toBeGreaterThan(0);
  expect(named.filter((control) => !documented.includes(control))).toEqual([]);
});
