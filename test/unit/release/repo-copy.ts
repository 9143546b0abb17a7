// Temporary copies of this repository for tests that run the release scripts: the tracked files (`git ls-files`,
// as they are in the working tree), node_modules symlinked, and a git repository with one commit so
// `git status --porcelain` shows what the scripts touched.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { root, scriptArgs } from "../../helpers/paths.ts";

/** Copies `files` (default: every tracked file) into a new directory; with `git`, commits them there. */
export function copyRepo(options: { files?: string[]; git?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "pc-repo-"));
  const files = options.files ?? execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
  if (!options.files) symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  if (options.git) {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
    git("init", "-q");
    // node_modules is a symlink here, which the .gitignore pattern `node_modules/` (directories) does not match.
    writeFileSync(join(dir, ".git/info/exclude"), "/node_modules\n");
    git("config", "user.email", "t@example.com");
    git("config", "user.name", "t");
    git("add", "-A");
    git("commit", "-qm", "copy");
  }
  return dir;
}

/** The release files a script needs, without node_modules or git. */
export const RELEASE_FILES = ["openapi.yaml", "package.json", "package-lock.json", "src/version.ts", "CHANGELOG.md"];
export function releaseFiles(): string[] {
  const snapshots = execFileSync("git", ["ls-files", "releases"], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
  return [...RELEASE_FILES, ...snapshots];
}

/** Runs one of this repository's scripts (from the copy's own scripts/ when it has them) with the copy as working directory. */
export function script(dir: string, name: string, ...args: string[]) {
  const own = join(dir, "scripts", name);
  return spawnSync(process.execPath, [...scriptArgs(existsSync(own) ? own : join(root, "scripts", name)), ...args], { cwd: dir, encoding: "utf8" });
}
