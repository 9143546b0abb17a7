// Every ```ts sample in README.md, docs/*.md, the rendered API docs (openapi.yaml's descriptions and the
// generated x-codeSamples) and the sandbox's start banner type-checks as written, in strict mode, against the built
// package (`@payconnect/sdk` resolves to dist/ through package.json `exports`; run `npm run compile` first).
// Names a sample uses without declaring them (`app`, `express`, `fulfil`, …) get a generated preamble:
// typed where the type matters to the sample, a catch-all function otherwise. A sample opts out only with
// `// typecheck: skip — <reason>` on a line of its own.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
import { withCodeSamples } from "../../scripts/lib/code-samples.ts";
import { listOperations, loadSpec } from "../../scripts/lib/spec.ts";
import { root, specPath } from "../helpers/paths.ts";
import { SDK_SNIPPET } from "../../packages/sandbox/src/cli/sdk-snippet.ts";

const SKIP = /^\s*\/\/\s*typecheck:\s*skip\b\s*(?:[—–:-]\s*)?(.*)$/m;

/** What a free name stands for in the samples; anything else becomes a function taking anything. */
const preambleFor: Record<string, string> = {
  app: `declare const app: import("express").Express;`,
  express: `declare const express: typeof import("express");`,
  redirect: `declare function redirect(url: string): void;`,
  rawBody: `declare const rawBody: string;`,
  headers: `declare const headers: Record<string, string | undefined>;`,
};
const catchAll = (name: string) => `declare function ${name}(...args: unknown[]): Promise<unknown>;`;

interface Sample { file: string; line: number; code: string }

/** ```ts blocks inside any markdown `description` of openapi.yaml, and the generated x-codeSamples: what the rendered docs show. */
function specSamples(): Sample[] {
  const text = readFileSync(specPath, "utf8");
  const found: Sample[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(ts|typescript)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && l.trim() === "```");
    found.push({ file: "openapi.yaml", line: i + 2, code: lines.slice(i + 1, end).map((l) => l.slice(open[1]!.length)).join("\n") });
    i = end;
  }
  const spec = withCodeSamples(loadSpec(specPath));
  for (const section of ["paths", "webhooks"] as const) {
    for (const op of listOperations(spec, section)) {
      for (const sample of (op.operation["x-codeSamples"] ?? []) as unknown as { lang: string; source: string }[]) {
        if (sample.lang === "TypeScript") found.push({ file: `x-codeSamples of ${op.operationId}`, line: 1, code: sample.source });
      }
    }
  }
  return found;
}

function samples(): Sample[] {
  const docs = existsSync(join(root, "docs")) ? readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => join("docs", f)) : [];
  return ["README.md", ...docs].flatMap((file) => {
    const lines = readFileSync(join(root, file), "utf8").split("\n");
    const found: Sample[] = [];
    for (let i = 0; i < lines.length; i++) {
      // Indented too: a sample inside a numbered list step is a sample.
      const indent = /^( *)```(ts|typescript)\s*$/.exec(lines[i]!)?.[1];
      if (indent === undefined) continue;
      const end = lines.findIndex((l, j) => j > i && /^ *```\s*$/.test(l));
      found.push({ file, line: i + 2, code: lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join("\n") });
      i = end;
    }
    return found;
  }).concat(specSamples(), [
    // What `payconnect sandbox` prints to paste: a sample too.
    { file: "the sandbox's start banner", line: 1, code: `import { createPayConnect } from "@payconnect/sdk";\n\nconst pc = ${SDK_SNIPPET};` },
  ]);
}

const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
// Samples show one step of a flow: a value they compute and do not use again is not a mistake.
const options: ts.CompilerOptions = { ...config.options, strict: true, noUnusedLocals: false, noUnusedParameters: false, noEmit: true };

/** Type-checks virtual files (path → text) placed inside the repository so the package resolves to itself. */
function check(files: Map<string, string>): ts.Diagnostic[] {
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (f, lang, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f)!, lang) : getSourceFile(f, lang, ...rest));
  const program = ts.createProgram([...files.keys()], options, host);
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()].filter((d) => d.file && files.has(d.file.fileName));
}

const CANNOT_FIND_NAME = new Set([2304, 2552, 2582, 2580]);
const all = samples();
const work = join(root, "test/.work/samples");
const pathOf = (i: number) => join(work, `sample-${i}.ts`);
// A sample without import/export would be a script, where top-level await is an error.
const asModule = (code: string) => (/^\s*(import|export)\s/m.test(code) ? code : `${code}\nexport {};`);

// Pass 1 finds each sample's free names; pass 2 checks the samples with their preambles.
const firstPass = new Map(all.map((s, i) => [pathOf(i), asModule(s.code)]));
const free = new Map<string, Set<string>>();
for (const d of check(firstPass)) {
  if (!CANNOT_FIND_NAME.has(d.code)) continue;
  const name = /'([\w$]+)'/.exec(ts.flattenDiagnosticMessageText(d.messageText, "\n"))?.[1];
  if (name) free.set(d.file!.fileName, (free.get(d.file!.fileName) ?? new Set()).add(name));
}
const preambles = new Map(all.map((_, i) => [pathOf(i), [...(free.get(pathOf(i)) ?? [])].map((n) => preambleFor[n] ?? catchAll(n)).join("\n")]));
const secondPass = new Map(all.map((s, i) => [pathOf(i), `${preambles.get(pathOf(i))}\n${asModule(s.code)}`]));
const problems = existsSync(join(root, "dist/src/entry/node.d.ts")) ? check(secondPass) : [];

test("the built package is there to check against", () => {
  expect(existsSync(join(root, "dist/src/entry/node.d.ts")), "run `npm run -s compile` first").toBe(true);
  expect(all.length, "README.md has ```ts samples").toBeGreaterThan(0);
});

describe.each(all.map((s, i) => [`${s.file}:${s.line}`, s, i] as const))("%s", (_where, sample, i) => {
  const skip = SKIP.exec(sample.code);
  test(skip ? "opts out with a reason" : "type-checks in strict mode as written", () => {
    if (skip) return expect(skip[1]!.trim(), "`// typecheck: skip` needs a reason after it").not.toBe("");
    const offset = preambles.get(pathOf(i))!.split("\n").length;
    const errors = problems
      .filter((d) => d.file!.fileName === pathOf(i))
      .map((d) => {
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${sample.file}:${sample.line + line - offset}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(errors, `samples are checked from ${relative(root, work)}/ (virtual files)`).toEqual([]);
  });
});
