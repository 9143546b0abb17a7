// Everything the sandbox remembers, for the life of the process: payments, refunds and events (each kept
// newest first, as lists return them), access tokens and idempotency records.
import type { Event, Payment, Refund } from "../../../generated/models.ts";

export interface TokenRecord {
  scope: string[];
  expiresAt: number;
  revoked: boolean;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface IdempotencyRecord {
  fingerprint: string;
  expiresAt: number;
  /** Settles with the first response; concurrent retries wait on it. */
  response: Promise<StoredResponse>;
}

/** A collection that returns its objects newest first and finds them by id. */
export class Collection<T extends { id: string }> {
  readonly #byId = new Map<string, T>();
  readonly #order: string[] = [];

  add(item: T): T {
    this.#byId.set(item.id, item);
    this.#order.push(item.id);
    return item;
  }
  get(id: string): T | undefined {
    return this.#byId.get(id);
  }
  set(item: T): void {
    this.#byId.set(item.id, item);
  }
  /** Newest first. */
  *newestFirst(): Iterable<T> {
    for (let i = this.#order.length - 1; i >= 0; i--) yield this.#byId.get(this.#order[i]!)!;
  }
  get size(): number {
    return this.#order.length;
  }
}

export interface SandboxState {
  payments: Collection<Payment>;
  refunds: Collection<Refund>;
  events: Collection<Event>;
  tokens: Map<string, TokenRecord>;
  /** Every token issued since the start (`tokens` forgets expired ones). */
  tokensIssued: number;
  idempotency: Map<string, IdempotencyRecord>;
}

export function createState(): SandboxState {
  return { payments: new Collection(), refunds: new Collection(), events: new Collection(), tokens: new Map(), tokensIssued: 0, idempotency: new Map() };
}
