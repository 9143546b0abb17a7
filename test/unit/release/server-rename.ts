// The sandbox (packages/sandbox) is a server of the API: a breaking rename of a response field changes it by
// hand, as it changes PayConnect's own servers. The rehearsal does what a maintainer does in an editor — Rename
// Symbol on the property in generated/schema.ts — with TypeScript's language service, limited to the sandbox's
// source; everything else must keep working with no edit.
import { readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export function renameInServer(dir: string, schema: string, property: string, renamed: string): { file: string; edits: number }[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(dir, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => config.fileNames,
    getScriptVersion: () => "1",
    getScriptSnapshot: (f) => (ts.sys.fileExists(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  };
  const service = ts.createLanguageService(host);
  const schemaFile = join(dir, "generated/schema.ts");
  const text = readFileSync(schemaFile, "utf8");
  const start = text.indexOf(`\n        ${schema}: {\n`);
  const at = new RegExp(`\\n {12}${property}\\??: `, "g");
  at.lastIndex = start;
  const found = start === -1 ? null : at.exec(text);
  if (found === null) throw new Error(`generated/schema.ts declares no ${schema}.${property}`);
  const locations = service.findRenameLocations(schemaFile, found.index + 13, false, false, { providePrefixAndSuffixTextForRename: true }) ?? [];
  const byFile = new Map<string, ts.RenameLocation[]>();
  for (const l of locations) {
    if (!relative(dir, l.fileName).startsWith("packages/sandbox/src/")) continue;
    byFile.set(l.fileName, [...(byFile.get(l.fileName) ?? []), l]);
  }
  return [...byFile].map(([file, edits]) => {
    let source = readFileSync(file, "utf8");
    for (const l of edits.sort((a, b) => b.textSpan.start - a.textSpan.start)) {
      const end = l.textSpan.start + l.textSpan.length;
      source = source.slice(0, l.textSpan.start) + (l.prefixText ?? "") + renamed + (l.suffixText ?? "") + source.slice(end);
    }
    writeFileSync(file, source);
    return { file: relative(dir, file), edits: edits.length };
  });
}
