// The benchmark's API server, in its own process (the machine has 2 cores: one client, one server).
// Answers every path with a fixed JSON payment on 127.0.0.1, keep-alive. The payloads (the spec's examples)
// arrive from the parent as the first argument, so this plain-JS process needs no YAML or TypeScript.
import http from "node:http";

const { payment: paymentExample, token: tokenExample } = JSON.parse(process.argv[2] ?? "null") ?? {};
if (!paymentExample || !tokenExample) throw new Error("bench/server.mjs: pass {payment, token} as JSON in the first argument (bench/sdk.ts does)");
// `object` lets stripe-node, measured against the same server, read the payment as one of its own.
const payment = JSON.stringify({ ...paymentExample, object: "payment_intent" });
const token = JSON.stringify(tokenExample);

const server = http.createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const body = req.url === "/v1/auth/token" ? token : payment;
    res.writeHead(req.method === "POST" && req.url !== "/v1/auth/token" ? 201 : 200, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "request-id": "req_bench",
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
process.on("disconnect", () => process.exit(0));
