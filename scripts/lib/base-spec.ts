// The version of openapi.yaml to compare against: at a git ref given by the caller, else the latest v* tag,
// else the previous commit.
import { execFileSync } from "node:child_process";
import { parse } from "yaml";
import type { JsonObject } from "./spec.ts";

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

export function defaultBaseRef(cwd: string): string | undefined {
  return git(["describe", "--tags", "--abbrev=0", "--match", "v*"], cwd) ?? (git(["rev-parse", "--verify", "--quiet", "HEAD~1"], cwd) ? "HEAD~1" : undefined);
}

export function specAt(ref: string, cwd: string, file = "openapi.yaml"): JsonObject | undefined {
  const text = git(["show", `${ref}:${file}`], cwd);
  return text === undefined ? undefined : (parse(text) as JsonObject);
}

export function major(version: unknown): number {
  const m = /^(\d+)\./.exec(String(version ?? ""));
  return m ? Number(m[1]) : 0;
}
