// The benchmark's API server, in its own process (the machine has 2 cores: one client, one server).
// Answers every path with a fixed JSON payment on 127.0.0.1, keep-alive.
import http from "node:http";

const payment = JSON.stringify({
  id: "pay_2Kq7XvT9mB4nR8sL", object: "payment_intent", status: "pending", amount: 1000, amount_refunded: 0, currency: "RUB",
  description: null, customer: { email: "customer@example.com" }, metadata: {}, confirmation_url: "https://pay.payconnect.com/c/pay_2Kq7XvT9mB4nR8sL",
  created_at: "2026-11-29T12:00:00Z", expires_at: "2026-11-29T12:30:00Z", failure: null,
});
const token = JSON.stringify({ access_token: "pat_bench", token_type: "Bearer", expires_in: 86400, scope: "payments.read payments.write" });

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
