// How to call each operation of openapi.yaml through the SDK with valid arguments. The contract suite calls
// every case once per documented response status; test/contract/coverage.test.ts fails when an operation of
// the spec has no case here, so a new operation cannot land without a contract test.
import type { PayConnect, RequestOptions } from "../../src/entry/node.js";
import { requestExample, responseExample } from "../helpers/spec-examples.ts";

export type ContractCase = (pc: PayConnect, options: RequestOptions) => Promise<unknown>;

// Arguments are the spec's own examples, so a changed example needs no edit here.
const paymentId: string = responseExample("getPayment").id;

export const contractCases: Record<string, ContractCase> = {
  createAccessToken: (pc, o) => pc.createAccessToken(requestExample("createAccessToken"), o),
  createPayment: (pc, o) => pc.createPayment(requestExample("createPayment"), o),
  getPayment: (pc, o) => pc.getPayment(paymentId, o),
  listPayments: (pc, o) => pc.listPayments({ limit: 2, status: "succeeded" }, o),
  cancelPayment: (pc, o) => pc.cancelPayment(paymentId, o),
  createRefund: (pc, o) => pc.createRefund(paymentId, requestExample("createRefund"), o),
  getRefund: (pc, o) => pc.getRefund(responseExample("getRefund").id, o),
  listRefunds: (pc, o) => pc.listRefunds(paymentId, { limit: 10 }, o),
  listEvents: (pc, o) => pc.listEvents({ limit: 10, payment_id: paymentId }, o),
  getEvent: (pc, o) => pc.getEvent(responseExample("getEvent").id, o),
};
