// What the release rehearsal does to its copy of the repository, as a person would: edit openapi.yaml keeping
// every byte it does not change, run npm scripts, and see which files each step touched (git status).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Document, type Node, isScalar, isSeq, parse, parseDocument, visit } from "yaml";

/** Set in every command the rehearsal runs, so the copy's own test run skips the rehearsal. */
export const NESTED = "PC_REHEARSAL_NESTED";

export type Run = ReturnType<typeof spawnSync> & { stdout: string; stderr: string; command: string; seconds: number };

export function rehearsal(dir: string) {
  const run = (command: string, ...args: string[]): Run => {
    const started = performance.now();
    const out = spawnSync(command, args, { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "true", [NESTED]: "1" } });
    return { ...out, command: [command, ...args].join(" "), seconds: (performance.now() - started) / 1000 } as Run;
  };
  const npm = (name: string, ...args: string[]) => run("npm", "run", "-s", name, ...(args.length ? ["--", ...args] : []));
  const spec = () => parse(readFileSync(join(dir, "openapi.yaml"), "utf8"));
  const editSpec = (edit: (doc: Document) => void) => {
    const doc = parseDocument(readFileSync(join(dir, "openapi.yaml"), "utf8"));
    edit(doc);
    writeFileSync(join(dir, "openapi.yaml"), doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  };
  /** The text of src/, examples/, README.md and docs/: what the SDK and its documented usage name (README and
   * docs samples are type-checked, so renaming a field they read fails, rightly). The sandbox, a server of the
   * API, changes with a breaking change (server-rename.ts). */
  const code = () => [
    ...["src", "examples", "docs"].flatMap((d) =>
      readdirSync(join(dir, d), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), "utf8"))),
    readFileSync(join(dir, "README.md"), "utf8"),
  ].join("\n");

  // Files whose content (or presence) differs from the copy as it was made, with a hash of each. Staged
  // (`git add -A`, ignored files stay out) and compared with the first commit, so the commits a release
  // makes (docs/spec-changes.md, step 5) do not hide what it touched.
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
  const base = git("rev-parse", "HEAD").trim();
  const state = () => {
    git("add", "-A");
    const files = git("diff", "--cached", "--name-only", "-z", base).split("\0").filter(Boolean);
    return new Map(files.map((f) => [f, existsSync(join(dir, f)) ? createHash("sha1").update(readFileSync(join(dir, f))).digest("hex") : "deleted"]));
  };
  const log: string[] = [];
  const step = (name: string, body: () => void) => {
    const before = state();
    const started = performance.now();
    try {
      body();
    } finally {
      const after = state();
      const touched = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log.push(`${name} (${seconds} s): ${touched.length} file${touched.length === 1 ? "" : "s"}${touched.length ? ` (${touched.join(", ")})` : ""}`);
    }
  };
  /** The last documented step of a release: commit, the snapshot included (the next gate's base). */
  const commit = (message: string) => {
    git("add", "-A");
    git("commit", "-qm", message);
  };
  return { run, npm, spec, editSpec, code, state, step, log, commit };
}

/** Renames a property: its key in the schema, in the schema's `required`, and every example key of that name. In
 * response `links`, the keys are the target operation's parameter names, not properties: they stay, and only the
 * runtime expressions that read the property (`$response.body#/<from>`) follow the rename. */
export function renameProperty(doc: Document, schema: string, from: string, to: string): number {
  let renamed = 0;
  const expression = `$response.body#/${from}`;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "links") {
        visit(pair.value as Node, { Scalar(key, node) { if (key !== "key" && node.value === expression) node.value = `$response.body#/${to}`; } });
        return visit.SKIP;
      }
      if (isScalar(pair.key) && pair.key.value === from) {
        pair.key.value = to;
        renamed++;
      }
      return undefined;
    },
  });
  const required = doc.getIn(["components", "schemas", schema, "required"]);
  if (isSeq(required)) for (const item of required.items) if (isScalar(item) && item.value === from) item.value = to;
  return renamed;
}

/** Replaces a string wherever it occurs in a scalar value (an example id, and the URLs that contain it). */
export function replaceInValues(doc: Document, from: string, to: string): number {
  let replaced = 0;
  visit(doc, {
    Scalar(key, node) {
      if (key !== "key" && typeof node.value === "string" && node.value.includes(from)) {
        node.value = node.value.replaceAll(from, to);
        replaced++;
      }
    },
  });
  return replaced;
}
