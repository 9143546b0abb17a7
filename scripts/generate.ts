// `npm run generate`: writes generated/ from openapi.yaml.
// `npm run check:generated` (--check): exits 1 when generated/ differs from what the spec produces.
// `--spec <file>` (see scripts/lib/cli.ts) and `--out <dir>`: generate from another spec, into another folder.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { header } from "./lib/header.ts";
import { isEntry, runMain, specPath as specArgument } from "./lib/cli.ts";
import { loadSpec } from "./lib/spec.ts";
import { renderOperations, operationRows } from "./gen/operations.ts";
import { renderModels } from "./gen/models.ts";
import { renderTypes } from "./gen/types.ts";
import { renderValidators } from "./gen/validators.ts";
import { renderErrors } from "./gen/errors.ts";
import { renderServerTable } from "./gen/server-table.ts";
import { renderSpecDocument } from "./gen/spec-document.ts";
import { writeWebhookVectors } from "./write-webhook-vectors.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** `outDir`: where the files go; the validators import the SDK's schema checker relative to it. */
export async function renderAll(specPath: string, outDir = join(root, "generated"), spec = loadSpec(specPath)): Promise<Record<string, string>> {
  const banner = header(basename(specPath));
  const src = relative(outDir, join(root, "src")).split(sep).join("/");
  const validators = renderValidators(spec, banner, src.startsWith(".") ? src : `./${src}`);
  return {
    "schema.ts": await renderTypes(spec, banner),
    "operations.ts": renderOperations(spec, banner),
    "errors.ts": renderErrors(spec, banner),
    "models.ts": renderModels(spec, banner),
    "server-table.ts": renderServerTable(spec, banner),
    "spec-document.ts": renderSpecDocument(spec, banner),
    "validators.ts": validators.requests,
    "webhook-validators.ts": validators.webhooks,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string" }, // read by specArgument(), declared so parseArgs accepts it
      out: { type: "string", default: join(root, "generated") },
    },
  });
  const specPath = specArgument();
  const outDir = resolve(values.out!);
  const spec = loadSpec(specPath);
  const files = await renderAll(specPath, outDir, spec);

  if (values.check) {
    const stale = Object.entries(files)
      .filter(([name, text]) => !existsSync(join(outDir, name)) || readFileSync(join(outDir, name), "utf8") !== text)
      .map(([name]) => name);
    if (stale.length > 0) {
      console.error(`generated/ is stale: ${stale.join(", ")} differ from ${basename(specPath)}. Run \`npm run generate\` and commit.`);
      process.exitCode = 1;
      return;
    }
    console.log(`generated/ is up to date with ${basename(specPath)} (${Object.keys(files).length} files).`);
    return;
  }

  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  const ops = Object.keys(operationRows(spec));
  const hooks = Object.keys((spec.webhooks as object | undefined) ?? {});
  console.log(
    `generate: ${ops.length} operations (${ops.join(", ")}), ${hooks.length} webhooks (${hooks.join(", ")}); ` +
      `wrote ${Object.entries(files)
        .map(([name, text]) => `${relative(process.cwd(), join(outDir, name))} ${(text.length / 1024).toFixed(1)} KB`)
        .join(", ")}`,
  );
  // The webhook test vectors are built from the spec's webhook examples: writing them here keeps "edit the spec,
  // run one command" true for the repository's own data too (only for this repository's generated/, not --out).
  if (values.out === join(root, "generated")) {
    writeWebhookVectors(spec);
  }
}

if (isEntry(import.meta.url)) runMain("generate", main);
