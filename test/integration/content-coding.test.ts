// A proxy may compress an answer when the request allows it, and a request without Accept-Encoding allows any
// coding (RFC 9110 §12.5.3). fetch decompresses; the node:http transport does not, so it asks for `identity`
// and gets the same JSON fetch reads (trial round 6). A caller's own Accept-Encoding is left as given.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createPayConnect } from "../../src/entry/node.js";
import { SECRET, TOKEN, payment } from "../helpers/fake-api.ts";

const seen: (string | undefined)[] = [];
let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const accepted = req.headers["accept-encoding"];
    seen.push(accepted);
    const body = req.url!.endsWith("/auth/token") ? { access_token: TOKEN, token_type: "Bearer", expires_in: 3600 } : payment;
    // Compress unless the request asks for identity only, as a compressing proxy may.
    if (accepted === "identity") res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    else res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipSync(JSON.stringify(body)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.each([
  ["node:http transport", undefined],
  ["fetch transport", globalThis.fetch],
])("%s reads an answer a compressing proxy would send", async (_name, fetchImpl) => {
  const pc = createPayConnect({ secretKey: SECRET, baseUrl, maxRetries: 0, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  await expect(pc.getPayment(payment.id)).resolves.toEqual(payment);
  pc.close();
});

test("the node:http transport asks for identity on every request, the token request too", async () => {
  seen.length = 0;
  const pc = createPayConnect({ secretKey: SECRET, baseUrl, maxRetries: 0 });
  await pc.getPayment(payment.id);
  pc.close();
  expect(seen).toEqual(["identity", "identity"]);
});
