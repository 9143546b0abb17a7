// The SDK calls production when `baseUrl` is undefined. A README sample that passes `process.env.PAYCONNECT_BASE_URL`
// straight through therefore talks to production, quietly, whenever the variable is unset (a new-user trial ran the
// sandbox sample so). Samples that point the SDK at the sandbox from the environment check the variable first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { root } from "../helpers/paths.ts";

test("no README sample passes an environment variable to baseUrl unchecked; the sandbox sample fails loudly without it", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const samples = [...readme.matchAll(/^\s*```ts\n([\s\S]*?)^\s*```$/gm)].map((m) => m[1]!);
  expect(samples.length).toBeGreaterThan(0);
  for (const sample of samples) expect(sample).not.toMatch(/baseUrl:\s*process\.env\.\w+\s*[,}]/);
  const section = readme.slice(readme.indexOf("## Test your integration end to end"));
  expect(section).toMatch(/if \(!baseUrl\) throw new Error\("[^"]*PAYCONNECT_BASE_URL[^"]*"\)/);
});
