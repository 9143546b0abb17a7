// How to call each operation of openapi.yaml through the SDK with valid arguments. The contract suite calls
// every case once per documented response status; test/contract/coverage.test.ts fails when an operation of
// the spec has no case here, so a new operation cannot land without a contract test.
import type { PayConnect, RequestOptions } from "../../src/entry/node.js";

export type ContractCase = (pc: PayConnect, options: RequestOptions) => Promise<unknown>;

const paymentId = "pay_2Kq7XvT9mB4nR8sL";

export const contractCases: Record<string, ContractCase> = {
  createAccessToken: (pc, o) => pc.createAccessToken({ scope: "payments.read payments.write" }, o),
  createPayment: (pc, o) => pc.createPayment({ amount: 1000, currency: "RUB", description: "Order #1", customer: { email: "customer@example.com" } }, o),
  getPayment: (pc, o) => pc.getPayment(paymentId, o),
  listPayments: (pc, o) => pc.listPayments({ limit: 2, status: "succeeded" }, o),
  cancelPayment: (pc, o) => pc.cancelPayment(paymentId, o),
  createRefund: (pc, o) => pc.createRefund(paymentId, { amount: 500, reason: "requested_by_customer" }, o),
  getRefund: (pc, o) => pc.getRefund("re_5Vn8QkC1xH3tG7bM", o),
  listRefunds: (pc, o) => pc.listRefunds(paymentId, { limit: 10 }, o),
};
