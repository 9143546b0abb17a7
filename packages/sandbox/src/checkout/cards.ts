// The sandbox's test cards: one that pays, and one per failure code the spec lists (PaymentFailureCode).
// A test checks that every code in the spec has a card, so a new failure code needs a card here.
import type { PaymentFailureCode } from "../../../../generated/models.ts";
import type { Outcome } from "../api/lifecycle.ts";

export interface TestCard {
  number: string;
  outcome: Outcome;
}

export const TEST_CARDS: readonly TestCard[] = [
  { number: "4242424242424242", outcome: "succeeded" },
  { number: "4000000000000002", outcome: "card_declined" },
  { number: "4000000000009995", outcome: "insufficient_funds" },
  { number: "4000000000000069", outcome: "expired_card" },
  { number: "4000000000003220", outcome: "authentication_failed" },
  { number: "4000000000000119", outcome: "processing_error" },
];

const MESSAGES: Record<string, string> = {
  card_declined: "The bank declined the card.",
  insufficient_funds: "The card has insufficient funds.",
  expired_card: "The card has expired.",
  authentication_failed: "3-D Secure authentication was not completed.",
  processing_error: "The payment could not be processed; the customer may try again.",
};

export function failureMessage(code: PaymentFailureCode): string {
  return MESSAGES[code] ?? `The payment failed (${code}).`;
}

/** The outcome of a card number as typed (spaces and dashes ignored); undefined for a number that is no test card. */
export function outcomeOf(cardNumber: string): Outcome | undefined {
  const digits = cardNumber.replace(/[\s-]/g, "");
  return TEST_CARDS.find((c) => c.number === digits)?.outcome;
}
