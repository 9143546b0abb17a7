// The README's quickstart runs as written against a local server speaking the API.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { payment } from "../helpers/fake-api.ts";
import { startFaultServer } from "../helpers/fault-server.ts";
import { root, tsxCli } from "../helpers/paths.ts";

let server: Awaited<ReturnType<typeof startFaultServer>>;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

test("examples/quickstart.ts runs end to end", async () => {
  const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [tsxCli, "examples/quickstart.ts"], {
      cwd: root,
      env: { ...process.env, PAYCONNECT_SECRET_KEY: "sk_test_quickstart", PAYCONNECT_BASE_URL: server.baseUrl },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain(`created ${payment.id} (${payment.status}); send the customer to `);
  expect(server.tokenRequests).toHaveLength(1);
  expect(server.requests.map((r) => `${r.method} ${r.url.split("?")[0]}`)).toEqual([
    "POST /v1/payments", `GET /v1/payments/${payment.id}`, `POST /v1/payments/${payment.id}/refunds`, "GET /v1/payments",
  ]);
});
