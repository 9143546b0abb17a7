// "No answer within 10 s" is a failed attempt, every time: a slow endpoint is how duplicate deliveries happen,
// and a merchant's test of it must not pass or fail at random. The timeout's signal was an
// AbortSignal.timeout inside AbortSignal.any, which the garbage collector may drop before it fires (then the
// attempt waited for the answer, however late): collected on purpose here while the endpoint stalls.
import http from "node:http";
import type { AddressInfo } from "node:net";
import v8 from "node:v8";
import vm from "node:vm";
import { expect, test } from "vitest";
import { startSandbox } from "../../packages/sandbox/src/index.ts";
import { ATTEMPT_TIMEOUT_MS } from "../../packages/sandbox/src/webhooks/schedule.ts";
import { control } from "./use-sandbox.ts";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

test("an endpoint answering 200 after the attempt timeout: the attempt is logged as no answer, at the timeout", async () => {
  const late = ATTEMPT_TIMEOUT_MS + 4_000;
  const server = http.createServer((req, res) => {
    req.resume();
    const timer = setTimeout(() => res.writeHead(200).end(), late);
    res.on("close", () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const sandbox = await startSandbox({ port: 0, forwardTo: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` });
  try {
    await control(sandbox, "trigger", { type: "payment.succeeded" });
    // Collect garbage while the attempt waits, until it is logged (or the late answer would have come and gone).
    // Every 500 ms: the defect (AbortSignal.timeout inside AbortSignal.any) still fails this test with one
    // collection a second; every 50 ms cost ~6 s of CPU in the shared unit worker, whose heap holds every file.
    const collecting = setInterval(gc, 500);
    try {
      const until = Date.now() + late + 1_000;
      while (sandbox.deliveries().length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      clearInterval(collecting);
    }
    const [first] = sandbox.deliveries();
    expect(first).toMatchObject({ attempt: 1, ok: false, status: null, error: `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s` });
    expect(first!.latency_ms).toBeGreaterThanOrEqual(ATTEMPT_TIMEOUT_MS - 50);
    expect(first!.latency_ms).toBeLessThan(late);
  } finally {
    await sandbox.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}, 60_000);
