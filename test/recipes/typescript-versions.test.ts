// The README states the oldest TypeScript the package supports; this checks a strict consumer (with
// exactOptionalPropertyTypes, so `baseUrl: process.env.X` must type-check) of the built
// package's types (skipLibCheck off, so the .d.ts files themselves are checked) with every TypeScript copy in
// node_modules, and that the stated minimum is one of them. No @types/node: the types must not need them
// (and checking Node's own declarations would take most of the time). Needs `npm run -s compile` first.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { root } from "../helpers/paths.ts";

const stated = /TypeScript ≥ (\d+)\.(\d+)/.exec(readFileSync(join(root, "README.md"), "utf8"));
const work = join(root, "test/.work/typescript-versions");

/** package.json files of every `typescript` install under node_modules (nested copies included). */
function typescripts(dir = join(root, "node_modules"), depth = 0): string[] {
  if (depth > 4 || !existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const path = join(dir, entry.name);
    if (entry.name === "typescript" && existsSync(join(path, "bin/tsc"))) return [join(path, "package.json")];
    return typescripts(entry.name === "node_modules" || entry.name.startsWith("@") || depth === 0 ? path : join(path, "node_modules"), depth + 1);
  });
}
const versions = typescripts().map((pkg) => ({ version: JSON.parse(readFileSync(pkg, "utf8")).version as string, tsc: join(dirname(pkg), "bin/tsc") }));

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeFileSync(
    join(work, "consumer.ts"),
    `import { ApiError, createPayConnect, type Payment, type PaymentStatus } from "@payconnect/sdk";
import { verifyWebhook, WebhookVerificationError } from "@payconnect/sdk/webhooks";

declare const env: Record<string, string | undefined>; // process.env, without @types/node
// Optional settings straight from the environment, as the README shows (exactOptionalPropertyTypes is on).
const pc = createPayConnect({ secretKey: "sk_test_x", baseUrl: env.PAYCONNECT_BASE_URL, timeoutMs: env.T ? Number(env.T) : undefined });
export async function flow(raw: string, header: string): Promise<Payment> {
  const payment = await pc.createPayment({ amount: 1000, currency: "RUB", customer: { email: "a@example.com" } }, { idempotencyKey: env.KEY });
  const status: PaymentStatus = payment.status;
  await pc.createRefund(payment.id);
  const event = await verifyWebhook(raw, header, "whsec_x").catch((e: unknown) => (e instanceof WebhookVerificationError ? null : Promise.reject(e)));
  void status; void event; void ApiError;
  return pc.getPayment(payment.id);
}
`,
  );
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, exactOptionalPropertyTypes: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", lib: ["ES2022", "DOM"], noEmit: true, skipLibCheck: false, skipDefaultLibCheck: true, types: [] }, files: ["consumer.ts"] }),
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("the README states a minimum TypeScript version that is checked here", () => {
  expect(stated, "README.md says `TypeScript ≥ X.Y`").not.toBeNull();
  expect(existsSync(join(root, "dist/src/entry/node.d.ts")), "run `npm run -s compile` first").toBe(true);
  expect(versions.map((v) => v.version.split(".").slice(0, 2).join("."))).toContain(`${stated![1]}.${stated![2]}`);
});

describe.each(versions.map((v) => [v.version, v] as const))("TypeScript %s", (_version, { tsc }) => {
  test("type-checks a strict consumer of the package, declarations included", () => {
    const run = spawnSync(process.execPath, [tsc, "-p", join(work, "tsconfig.json")], { encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
