// `payconnect trigger` and `payconnect events resend` print what the server named by --sandbox answers: its error
// message, event types and ids, delivery errors. That server is not the terminal's owner: whatever it sends,
// the CLI's output (stdout and stderr) carries no control character but line breaks of its own. A real process
// against a hostile stand-in on 127.0.0.1.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runCli } from "./conformance/run-cli.ts";

const ESCAPES = "\u001b]0;pwned-title\u0007\u001b[2K\u001b[1A\u001b[32mpayment.succeeded delivered (200)\u001b[0m\u009b1m\u202e";
// Anything acting on a terminal, other than the line breaks that end the CLI's own lines.
const ACTING = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

let server: http.Server;
let base: string;
let mode: "error" | "event" = "error";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    res.setHeader("content-type", "application/json");
    if (mode === "error") return void res.writeHead(400).end(JSON.stringify({ error: { code: "invalid_request", message: `bad ${ESCAPES}` } }));
    if (req.url?.startsWith("/_sandbox/deliveries")) {
      return void res.end(JSON.stringify({ data: [{ ok: false, endpoint: `http://x/${ESCAPES}`, error: `failed ${ESCAPES}`, response_excerpt: ESCAPES, attempt: 1 }] }));
    }
    res.end(JSON.stringify({ event: { id: `evt_${ESCAPES}`, type: ESCAPES, data: { object: { id: ESCAPES } } }, endpoints: [`http://x/${ESCAPES}`] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

test.each([
  ["trigger, the server's error message", "error", ["trigger", "payment.succeeded"]],
  ["events resend, the server's error message", "error", ["events", "resend", "evt_1"]],
  ["trigger, the event and its delivery", "event", ["trigger", "payment.succeeded"]],
])("%s: printed inert", async (_what, answer, args) => {
  mode = answer as typeof mode;
  const run = await runCli([...args, "--sandbox", base], {}, 60_000);
  const output = run.stdout + run.stderr;
  expect(output).toMatch(/pwned-title/); // shown, as text
  expect(output).not.toMatch(ACTING);
}, 90_000);
