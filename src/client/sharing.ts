// The `shared` option's contract (issue 14): what a client hands to the state it shares with other clients — made by
// shareState() in @payconnect/sdk/state, so that the sharing code (the store's token, the rate budget) is bundled
// only by apps that use it — and what it gets back. Types only.
import type { IssuedToken } from "../auth/token-manager.js";
import type { Log } from "../transport/log.js";
import type { RateBudget } from "../transport/rate-budget.js";

/** What a client tells the shared state about itself when it is created. */
export interface SharingClient {
  secretKey: string;
  baseUrl: string;
  scope: readonly string[];
  now: () => number;
  tokenRefreshMarginSec: number;
  /** Requests an access token of this client's own from the API. */
  requestToken: () => Promise<IssuedToken>;
  log: Log;
}

/** What the client gets back: where its access token comes from, and the budget its requests take slots of. */
export interface ClientShare {
  fetchToken(): Promise<IssuedToken>;
  /** The API rejected `token` (a 401): no client sharing it takes it again. */
  invalidate(token: string): void;
  budget: RateBudget | undefined;
}

/** The `shared` option of createPayConnect: `shareState(store)` from `@payconnect/sdk/state`. */
export interface SharedClientState {
  readonly description: string;
  attach(client: SharingClient): ClientShare;
}
