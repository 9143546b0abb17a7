// A server or proxy answering "101 Switching Protocols" (a misrouted WebSocket proxy): node:http emits no error
// for it, so a transport that waited for one hung for ever — past timeoutMs, totalTimeoutMs and close() — and a
// token request hung that way kept the shared refresh in flight, every later call timing out. Now a 101 is a
// connection error, and an attempt ends at its time limit whatever the transport does (a custom fetch that
// ignores its signal too). Raw sockets on 127.0.0.1 play the server.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, expect, test } from "vitest";
import { ConnectionError, TimeoutError, createPayConnect } from "../../src/entry/node.js";
import { SECRET, payment, tokenReply } from "../helpers/fake-api.ts";

const servers: net.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

const SWITCH = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n";
const ok = (body: unknown) => {
  const text = JSON.stringify(body);
  return `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\n\r\n${text}`;
};

/** A server answering each request with `answer(path, n)` (n counts that path's requests from 0). */
async function rawServer(answer: (path: string, n: number) => string) {
  const counts = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
    let buffered = "";
    socket.on("data", (data) => {
      buffered += data.toString("latin1");
      while (buffered.includes("\r\n\r\n")) {
        const head = buffered.slice(0, buffered.indexOf("\r\n\r\n"));
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        const end = buffered.indexOf("\r\n\r\n") + 4 + length;
        if (buffered.length < end) return;
        buffered = buffered.slice(end);
        const path = head.split(" ")[1]!.split("?")[0]!;
        const n = counts.get(path) ?? 0;
        counts.set(path, n + 1);
        socket.write(answer(path, n));
      }
    });
  });
  servers.push(server);
  server.on("close", () => sockets.forEach((s) => s.destroy()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, counts, destroyAll: () => sockets.forEach((s) => s.destroy()) };
}

const token = (tokenReply() as { body: unknown }).body;

test.each([
  ["node:http", undefined, /101 Switching Protocols/],
  ["fetch", globalThis.fetch, /./],
])("a 101 to an API call is a ConnectionError (%s), not a call that never ends", async (_name, fetch, said) => {
  const server = await rawServer((path) => (path.endsWith("/auth/token") ? ok(token) : SWITCH));
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 1, timeoutMs: 60_000, ...(fetch ? { fetch } : {}) });
  try {
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(said);
    expect(server.counts.get(`/v1/payments/${payment.id}`)).toBe(2); // retried like any connection error
  } finally {
    pc.close();
    server.destroyAll();
  }
});

test("a 101 from the token endpoint fails that call, and the next call gets a token (no wedged refresh)", async () => {
  const server = await rawServer((path, n) => (path.endsWith("/auth/token") ? (n === 0 ? SWITCH : ok(token)) : ok(payment)));
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, maxRetries: 0, timeoutMs: 60_000 });
  try {
    await expect(pc.getPayment(payment.id)).rejects.toBeInstanceOf(ConnectionError);
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
  } finally {
    pc.close();
    server.destroyAll();
  }
});

test("a custom fetch that never settles and ignores its signal still ends at timeoutMs, and the token single-flight recovers", async () => {
  let hang = true;
  const never = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (hang) return new Promise<Response>(() => {});
    const url = String(input instanceof Request ? input.url : input);
    void init;
    return new Response(JSON.stringify(url.endsWith("/auth/token") ? token : payment), { status: 200, headers: { "content-type": "application/json" } });
  };
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: "http://127.0.0.1:9", fetch: never, maxRetries: 0, timeoutMs: 200 });
  const started = Date.now();
  await expect(pc.getPayment(payment.id)).rejects.toBeInstanceOf(TimeoutError);
  expect(Date.now() - started).toBeLessThan(10_000);
  hang = false;
  // The token request's own attempt (begun a moment after the call's) ends at its timeoutMs too; then it is cleared.
  await new Promise((resolve) => setTimeout(resolve, 400));
  await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
});
