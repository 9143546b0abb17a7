// Starts Prism on a free port for the contract suite and stops it afterwards — also when tests fail or
// the run is interrupted (scripts/lib/prism.ts kills it on exit and on SIGINT/SIGTERM).
import type { TestProject } from "vitest/node";
import { startPrism } from "../../scripts/lib/prism.ts";
import { specPath } from "../helpers/paths.ts";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
    prismPid: number;
  }
}

export default async function setup(project: TestProject) {
  const prism = await startPrism({ spec: specPath, errors: true });
  project.provide("prismUrl", prism.url);
  project.provide("prismPid", prism.pid);
  return async () => {
    await prism.stop();
  };
}
