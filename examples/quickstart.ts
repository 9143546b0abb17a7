// The guide's flow as a script. Run it once to create a payment and get the page the customer pays on; run it
// again with the payment id once they have paid, to read it back and refund half of it.
//   PAYCONNECT_SECRET_KEY=sk_test_… npx tsx examples/quickstart.ts          creates a payment, prints its confirmation_url
//   PAYCONNECT_SECRET_KEY=sk_test_… npx tsx examples/quickstart.ts pay_…    reads it back; refunds half if it has succeeded
// Against the sandbox (npm run sandbox prints PAYCONNECT_BASE_URL and the key to use): open the
// confirmation_url, pay with the test card 4242 4242 4242 4242, then run the second line.
// PAYCONNECT_RETURN_URL is where the confirmation page sends the customer afterwards (your order page).
import { ApiError, ValidationError, createPayConnect } from "@payconnect/sdk";

const pc = createPayConnect({
  secretKey: process.env.PAYCONNECT_SECRET_KEY ?? "",
  baseUrl: process.env.PAYCONNECT_BASE_URL, // undefined → https://api.payconnect.com
});
const returnUrl = process.env.PAYCONNECT_RETURN_URL ?? "http://127.0.0.1:3000/orders/12345/thanks";
const existing = process.argv[2];

try {
  let id = existing;
  if (id === undefined) {
    // Amounts are integers in minor units: 1000 = 10.00 RUB. An Idempotency-Key is generated for you and
    // reused on every retry; pass your own (e.g. your order id) to make retries across restarts safe.
    const payment = await pc.createPayment(
      {
        amount: 1000,
        currency: "RUB",
        description: "Order #12345",
        customer: { email: "customer@example.com" },
        metadata: { order_id: "12345" },
        return_url: returnUrl,
      },
      { idempotencyKey: `order-12345-${Date.now()}` },
    );
    console.log(`created ${payment.id} (${payment.status}); send the customer to ${payment.confirmation_url}`);
    id = payment.id;
  }

  // Fulfil on the payment.succeeded webhook; reading the payment back is how you check it at any time.
  const payment = await pc.getPayment(id);
  console.log(`status now: ${payment.status}, expires at ${payment.expires_at}`);
  if (payment.status === "succeeded") {
    // Only a succeeded payment can be refunded: refunding a pending one is refused (422 refund_exceeds_payment).
    const refund = await pc.createRefund(payment.id, { amount: Math.floor(payment.amount / 2), reason: "requested_by_customer" });
    console.log(`refund ${refund.id}: ${refund.amount} ${refund.currency} (${refund.status})`);
  } else if (payment.status === "pending") {
    console.log(`not paid yet: once the customer has paid, run  npx tsx examples/quickstart.ts ${payment.id}`);
  } else {
    console.log(`nothing to refund: the payment is ${payment.status}${payment.failure ? ` (${payment.failure.code})` : ""}`);
  }

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
} finally {
  pc.close();
}
