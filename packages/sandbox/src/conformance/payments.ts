// What the runner knows of a payment API beyond the schemas: which operations create, read, cancel and refund a
// payment (the SDK's public names), the fields that carry the amounts, and the lifecycle the spec documents as
// data (PaymentStatus `x-transitions`). Kept in one place so the stateful checks read like the rules they test.
import type { CaseContext } from "./case.ts";
import type { Exchange } from "./http.ts";
import { type JsonObject, isObjectJson } from "./json.ts";

export const OP = {
  createPayment: "createPayment",
  getPayment: "getPayment",
  cancelPayment: "cancelPayment",
  createRefund: "createRefund",
  listRefunds: "listRefunds",
} as const;

export interface PaymentView {
  id: string;
  status: string;
  amount: number;
  amount_refunded: number;
}

export function asPayment(ex: Exchange): PaymentView | undefined {
  const body = ex.response.json;
  if (!isObjectJson(body) || typeof body.id !== "string" || typeof body.status !== "string") return undefined;
  return body as unknown as PaymentView;
}

/** status → the statuses it may move to, from the spec; a status without an entry is final. */
export function transitions(document: JsonObject): Record<string, string[]> {
  const at = (node: unknown, key: string) => (isObjectJson(node) ? node[key] : undefined);
  const table = at(at(at(document.components, "schemas"), "PaymentStatus"), "x-transitions");
  if (!isObjectJson(table)) return {};
  return Object.fromEntries(Object.entries(table).map(([from, to]) => [from, Array.isArray(to) ? to.map(String) : []]));
}

/** Every change of a payment's status the runner sees must be one the lifecycle allows. */
export class Lifecycle {
  readonly #last = new Map<string, string>();
  readonly #allowed: Record<string, string[]>;

  constructor(document: JsonObject) {
    this.#allowed = transitions(document);
  }

  observe(ctx: CaseContext, operationId: string, payment: PaymentView | undefined): void {
    if (payment === undefined) return;
    const before = this.#last.get(payment.id);
    this.#last.set(payment.id, payment.status);
    if (before === undefined || before === payment.status) return;
    const allowed = this.#allowed[before] ?? [];
    ctx.check("lifecycle_transitions", operationId, allowed.includes(payment.status),
      `payment ${payment.id} moved ${before} → ${payment.status}; the spec allows ${before} → ${allowed.length ? allowed.join(" | ") : "nothing (final)"}`);
  }

  isFinal(status: string): boolean {
    return (this.#allowed[status] ?? []).length === 0;
  }
}
