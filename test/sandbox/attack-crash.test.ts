// The sandbox process against clients that misbehave at the HTTP level. It runs in a child process here, so
// a crash shows up as a dead child instead of killing the test runner, and its stderr can be read.
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { root } from "../helpers/paths.ts";

let child: ChildProcess;
let url: URL;
let stderr = "";

beforeAll(async () => {
  const entry = resolve(root, "packages/sandbox/src/index.ts");
  const code = `import { startSandbox } from ${JSON.stringify(entry)}; const s = await startSandbox({ port: 0 }); console.log(s.url);`;
  child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  url = new URL(
    await new Promise<string>((ok, fail) => {
      child.stdout!.once("data", (d: Buffer) => ok(d.toString().trim()));
      child.once("exit", (c) => fail(new Error(`sandbox child exited with ${c}`)));
    }),
  );
});
afterAll(() => {
  child?.kill();
});

/** Sends `text` on a fresh connection; resolves with whatever came back once the server closes it. */
function rawRequest(text: string): Promise<string> {
  return new Promise((ok) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(text));
    let out = "";
    socket.on("data", (d) => (out += d));
    socket.on("close", () => ok(out));
    socket.on("error", () => ok(out));
    setTimeout(() => socket.destroy(), 3_000);
  });
}

test.each(["//[", "//[::1", "http://[/v1/payments", "//a:b@[/x"])("request target %s gets an error answer and the process lives on", async (target) => {
  const answer = await rawRequest(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
  expect(child.exitCode).toBeNull();
  const status = await fetch(`${url.origin}/_sandbox/status`);
  expect(status.status).toBe(200);
});

test.each(["/v1/payments", "/_sandbox/clock/advance", "/checkout/pay_gone"])("a client that goes away in the middle of its body to %s is no sandbox error", async (path) => {
  const before = stderr.length;
  await new Promise<void>((done) => {
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"amount":`);
      setTimeout(() => socket.destroy(), 200);
    });
    socket.on("close", () => done());
    socket.on("error", () => done());
  });
  await new Promise((r) => setTimeout(r, 300));
  expect(stderr.slice(before)).toBe("");
  expect((await fetch(`${url.origin}/_sandbox/status`)).status).toBe(200);
});
