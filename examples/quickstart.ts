// Create a payment, read it back, refund half of it, and list recent payments.
//   PAYCONNECT_SECRET_KEY=sk_test_… npx tsx examples/quickstart.ts
// Against the local mock (npm run mock): PAYCONNECT_BASE_URL=http://127.0.0.1:4010
import { ApiError, ValidationError, createPayConnect } from "@payconnect/sdk";

const pc = createPayConnect({
  secretKey: process.env.PAYCONNECT_SECRET_KEY ?? "",
  baseUrl: process.env.PAYCONNECT_BASE_URL, // undefined → https://api.payconnect.com
});

try {
  // Amounts are integers in minor units: 1000 = 10.00 RUB. An Idempotency-Key is generated for you and
  // reused on every retry; pass your own (e.g. your order id) to make retries across restarts safe.
  const payment = await pc.createPayment(
    { amount: 1000, currency: "RUB", description: "Order #12345", customer: { email: "customer@example.com" } },
    { idempotencyKey: `order-12345-${Date.now()}` },
  );
  console.log(`created ${payment.id} (${payment.status}); send the customer to ${payment.confirmation_url}`);

  const same = await pc.getPayment(payment.id);
  console.log(`status now: ${same.status}, expires at ${same.expires_at}`);

  const refund = await pc.createRefund(payment.id, { amount: 500, reason: "requested_by_customer" });
  console.log(`refund ${refund.id}: ${refund.amount} ${refund.currency} (${refund.status})`);

  let n = 0;
  for await (const p of pc.listPayments.iterate({ limit: 10 })) {
    if (++n > 3) break;
    console.log(`recent: ${p.id} ${p.amount} ${p.currency} ${p.status}`);
  }
} catch (error) {
  if (error instanceof ValidationError) console.error("fix the request:", error.issues); // nothing was sent
  else if (error instanceof ApiError) console.error(`${error.status} ${error.code}: ${error.message} — see ${error.docsUrl}`);
  else throw error;
  process.exitCode = 1;
}
