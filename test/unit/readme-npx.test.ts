// `npx payconnect …` runs the local @payconnect/sandbox's bin, but where that is not installed npx falls through
// to the public registry and runs whatever package owns the name `payconnect`. Every documented command that
// runs the sandbox's bin says `npx --no` (npm ≥ 7: refuse to install, fail instead).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { root } from "../helpers/paths.ts";

const bins = Object.keys((JSON.parse(readFileSync(join(root, "packages/sandbox/package.json"), "utf8")) as { bin: Record<string, string> }).bin);
const files = ["README.md", "packages/sandbox/README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)].filter((f) => existsSync(join(root, f)));

test("the sandbox has a bin the docs run", () => {
  expect(bins.length).toBeGreaterThan(0);
  expect(files.some((f) => bins.some((bin) => readFileSync(join(root, f), "utf8").includes(`npx --no ${bin} `)))).toBe(true);
});

test.each(files)("%s runs the sandbox's bins only with npx --no", (file) => {
  const text = readFileSync(join(root, file), "utf8");
  for (const bin of bins) expect(text.match(new RegExp(`npx (?!--no )(?:-\\S+ )*${bin}\\b[^\\n]*`, "g")) ?? []).toEqual([]);
});
