// Where scripts/run-bundled.mjs keeps its bundles: the one folder a run uses (the cache folder, or a private one
// under the system's temp folder when that cannot be written), and which old bundles it deletes.
import { accessSync, constants, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function writable(dir) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether `dir` (in the temp folder every local user can write) is this user's alone: created with mode 0700 if
 *  missing; a real folder (not a symlink), owned by this user, that neither group nor others can write. Another
 *  user who made it first, or could write in it, could have put a bundle and manifest there for this user to run. */
function privateFolder(dir, uid) {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return false;
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The one folder a run reads its cache from and writes it to, and what to say when it builds there. */
export function cacheFolder({ preferredDir, fallbackDir, uid }) {
  if (writable(preferredDir)) return { dir: preferredDir, warning: undefined };
  const cannot = `run-bundled: cannot write the cache folder ${preferredDir}`;
  if (privateFolder(fallbackDir, uid)) return { dir: fallbackDir, warning: `${cannot}; using ${fallbackDir}` };
  const dir = mkdtempSync(join(tmpdir(), "payconnect-scripts-")); // mode 0700, a new name
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const warning =
    `${cannot}, and ${fallbackDir} is not a private folder of this user (a folder of its own, not a symlink, that ` +
    `no one else can write); bundling into ${dir}, without a cache`;
  return { dir, warning, fresh: true };
}

/** Deletes this script's bundles and their maps (each ~12 MB), keeping `keep` (this run's and the one the
 *  manifest named until now, which a run beside this one may have just read) and any whose builder is still
 *  running (it may not have loaded it yet). A bundle already loaded runs on when its file is deleted. */
export function prune(cacheDir, name, keep) {
  for (const file of readdirSync(cacheDir)) {
    // `${name}.<pid>.<time>.mjs` and its `.map`
    const pid = file.startsWith(`${name}.`) ? /^\.(\d+)\.\d+\.mjs(?:\.map)?$/.exec(file.slice(name.length))?.[1] : undefined;
    if (pid !== undefined && !keep.includes(file.replace(/\.map$/, "")) && !running(Number(pid))) rmSync(join(cacheDir, file), { force: true });
  }
}

function running(pid) {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return error.code === "EPERM"; // exists, another user's
  }
}
