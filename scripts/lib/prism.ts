// Starting and stopping a Prism mock of openapi.yaml: `process.execPath` on Prism's CLI file (no npx, no
// shell), waiting until it answers, and killing it on stop — also when the parent is interrupted.
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { freePort } from "./free-port.ts";

const prismCli = join(dirname(createRequire(import.meta.url).resolve("@stoplight/prism-cli/package.json")), "dist/index.js");

export interface PrismOptions {
  spec: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Pass `--errors`: request and response violations become error responses instead of warning headers. */
  errors?: boolean;
  /** Run `prism proxy` in front of this server instead of the mock: requests and responses are checked against the spec. */
  upstream?: string;
  /** Receives Prism's output lines. */
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface RunningPrism {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startPrism({ spec, host = "127.0.0.1", port = 0, errors = true, upstream, log, startTimeoutMs = 60_000 }: PrismOptions): Promise<RunningPrism> {
  const chosen = port || (await freePort(host));
  const mode = upstream === undefined ? ["mock", spec] : ["proxy", spec, upstream];
  const args = [prismCli, ...mode, "-h", host, "-p", String(chosen), ...(errors ? ["--errors"] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      output.push(line);
      if (output.length > 200) output.shift();
      log?.(line);
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);

  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  // If the parent dies or is interrupted, Prism must not outlive it.
  process.once("exit", kill);
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    process.kill(process.pid, signal);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const url = `http://${host}:${chosen}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism exited with ${child.exitCode}:\n${output.join("\n")}`);
    try {
      await fetch(`${url}/v1/payments`, { signal: AbortSignal.timeout(1000) }); // any HTTP answer means it is up
      break;
    } catch {
      if (Date.now() > deadline) {
        kill();
        throw new Error(`Prism did not answer on ${url} within ${startTimeoutMs} ms:\n${output.join("\n")}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  return {
    url,
    pid: child.pid!,
    async stop() {
      process.removeListener("exit", kill);
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(kill, 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
