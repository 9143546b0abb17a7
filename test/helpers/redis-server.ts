// A real redis-server (Debian's package) for the Redis store's tests: on a free 127.0.0.1 port, nothing written to
// disk, optionally with a password. stop() and start() again on the same port let a test take Redis away and bring it
// back; pause() (SIGSTOP) makes it hang with its connections open. The process is killed when this process exits,
// so a failed or interrupted test leaves none behind; useRedisServer() also stops it after the file's tests.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { freePort } from "../../scripts/lib/free-port.ts";
import { tmpdir } from "node:os";
import { afterAll, beforeAll } from "vitest";

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? "/usr/bin/redis-server";

export interface RedisServer {
  readonly port: number;
  /** redis://[:password@]127.0.0.1:port/0 */
  readonly url: string;
  /** Starts it again on the same port after stop(). */
  start(): Promise<void>;
  /** Stops the process (SIGTERM, then SIGKILL after 3 s); resolves when it has exited. */
  stop(): Promise<void>;
  /** SIGSTOP: the server keeps its connections but answers nothing until resume(). */
  pause(): void;
  resume(): void;
}

export async function startRedisServer(options: { password?: string } = {}): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(`redis-server not found at ${REDIS_SERVER}. Install Debian's package (apt-get update && apt-get install -y redis-server) or set REDIS_SERVER_PATH; .ci/run installs it in CI.`);
  }
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmpdir(), "--daemonize", "no", "--loglevel", "warning"];
  if (options.password !== undefined) args.push("--requirepass", options.password);
  let child: ChildProcess | undefined;
  let paused = false;
  const kill = () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const onSignal = (signal: NodeJS.Signals) => {
    kill();
    process.kill(process.pid, signal);
  };

  const server: RedisServer = {
    port,
    url: `redis://${options.password === undefined ? "" : `:${encodeURIComponent(options.password)}@`}127.0.0.1:${port}/0`,
    async start() {
      if (child && child.exitCode === null && child.signalCode === null) throw new Error("redis-server is already running");
      const output: string[] = [];
      for (const [event, listener] of [["exit", kill], ["SIGINT", onSignal], ["SIGTERM", onSignal]] as const) process.removeListener(event, listener);
      const started = spawn(REDIS_SERVER, args, { stdio: ["ignore", "pipe", "pipe"] });
      child = started;
      started.stdout!.on("data", (d: Buffer) => output.push(d.toString()));
      started.stderr!.on("data", (d: Buffer) => output.push(d.toString()));
      started.on("error", (e) => output.push(String(e)));
      process.once("exit", kill);
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      const deadline = Date.now() + 15_000;
      while (!(await answers(port))) {
        if (started.exitCode !== null || started.signalCode !== null) throw new Error(`redis-server exited (${started.exitCode ?? started.signalCode}):\n${output.join("")}`);
        if (Date.now() > deadline) {
          await server.stop();
          throw new Error(`redis-server did not answer on 127.0.0.1:${port} within 15 s:\n${output.join("")}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      const running = child;
      process.removeListener("exit", kill);
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((r) => running.once("exit", r));
      if (paused) server.resume();
      running.kill("SIGTERM");
      const timer = setTimeout(kill, 3000);
      await exited;
      clearTimeout(timer);
    },
    pause() {
      child?.kill("SIGSTOP");
      paused = true;
    },
    resume() {
      child?.kill("SIGCONT");
      paused = false;
    },
  };
  await server.start();
  return server;
}

/** One redis-server for the calling file or describe block: started before its tests, stopped after them. */
export function useRedisServer(options: { password?: string } = {}): RedisServer {
  let current: RedisServer | undefined;
  beforeAll(async () => {
    current = await startRedisServer(options);
  });
  afterAll(async () => {
    await current?.stop();
  });
  return new Proxy({} as RedisServer, {
    get(_target, key) {
      if (!current) throw new Error("useRedisServer(): the server is used outside a test (it starts in beforeAll)");
      const value = Reflect.get(current, key);
      return typeof value === "function" ? value.bind(current) : value;
    },
  });
}

/** True once something on the port answers PING like Redis (+PONG, or -NOAUTH when it wants a password). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let reply = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => {
      reply += d.toString();
      if (reply.includes("\r\n")) done(reply.startsWith("+PONG") || reply.startsWith("-NOAUTH"));
    });
  });
}
