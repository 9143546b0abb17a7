// Hostile response bodies: dripped a byte at a time, huge, a gzip bomb, nested deeper than the stack. The run
// stays bounded in time and memory, and goes on to report them.
import type http from "node:http";
import { gzipSync } from "node:zlib";
import { expect, test } from "vitest";
import { toJson } from "../../../packages/sandbox/src/index.ts";
import { hostileServer, isProbe, oneRequest, outcome, withTokens } from "./attack-server.ts";

test("a body that drips a byte at a time: the request ends at the timeout", async () => {
  const timers: NodeJS.Timeout[] = [];
  const server = await hostileServer(withTokens((req, res) => {
    if (isProbe(req)) return void res.writeHead(404).end();
    res.writeHead(404, { "content-type": "application/json" });
    res.write("{");
    timers.push(setInterval(() => res.write(" "), 50));
  }));
  try {
    const started = Date.now();
    const { report } = await outcome(server.url, { timeoutMs: 500, replay: oneRequest }, 5_000);
    expect(report, "the run is still going").toBeDefined();
    expect(report!.cases[0]!.failures.map((f) => f.message).join("\n")).toMatch(/no answer within 500 ms/);
    expect(Date.now() - started).toBeLessThan(3_000);
  } finally {
    for (const t of timers) clearInterval(t);
    await server.close();
  }
});

test("a 20 MB body: the runner keeps at most about 1 MB of it and the case fails", async () => {
  const chunk = Buffer.alloc(1 << 20, "a");
  const server = await hostileServer(withTokens((req, res: http.ServerResponse) => {
    if (isProbe(req)) return void res.writeHead(404).end();
    res.writeHead(404, { "content-type": "application/json" });
    let sent = 0;
    const more = () => {
      while (sent < 20 && res.write(chunk)) sent++;
      if (sent >= 20) res.end();
    };
    res.on("drain", () => (sent++, more()));
    more();
  }));
  try {
    const { report } = await outcome(server.url, { replay: oneRequest });
    const c = report!.cases[0]!;
    expect(c.outcome).toBe("failed");
    expect(Math.max(...c.exchanges.map((e) => e.response.body.length))).toBeLessThan(1_100_000);
  } finally {
    await server.close();
  }
});

test("a gzip bomb (50 MB of zeros in a small gzip body): decompressed only as far as the body bound", async () => {
  const bomb = gzipSync(Buffer.alloc(50 << 20));
  const server = await hostileServer(withTokens((req, res) => {
    if (isProbe(req)) return void res.writeHead(404).end();
    res.writeHead(404, { "content-type": "application/json", "content-encoding": "gzip" }).end(bomb);
  }));
  try {
    const { report } = await outcome(server.url, { replay: oneRequest });
    expect(Math.max(...report!.cases[0]!.exchanges.map((e) => e.response.body.length))).toBeLessThan(1_100_000);
  } finally {
    await server.close();
  }
});

test("a body nested 10 000 levels deep: the run goes on and reports it (no stack overflow escapes)", async () => {
  const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
  const server = await hostileServer(withTokens((req, res) => {
    if (isProbe(req)) return void res.writeHead(404).end();
    res.writeHead(404, { "content-type": "application/json" }).end(deep);
  }));
  try {
    const { settled, report } = await outcome(server.url, { replay: oneRequest });
    expect(settled).toBe("resolved");
    expect(report!.cases[0]!.outcome).toBe("failed");
    expect(() => toJson(report!)).not.toThrow();
  } finally {
    await server.close();
  }
});
