// What a client shares with the other clients on its `store` (issue 14): the access token (src/auth/shared-token.ts)
// and the rate budget (src/transport/rate-budget.ts, also without a store when `rateLimit` is given). Without a
// store, the token is the client's own, as before. A store that stops answering is said once, in one line per
// part, and once more when it is back.
import type { IssuedToken } from "../auth/token-manager.js";
import { sharedTokens } from "../auth/shared-token.js";
import { memoryStore } from "../state/memory.js";
import type { Log } from "../transport/log.js";
import { type RateBudget, rateBudget } from "../transport/rate-budget.js";
import type { ResolvedOptions } from "./options.js";

export interface SharedState {
  fetchToken: () => Promise<IssuedToken>;
  /** The API rejected `token` (a 401): no client on the store takes it again. */
  invalidate(token: string): void;
  budget: RateBudget | undefined;
}

export function sharedState(options: ResolvedOptions, ownToken: () => Promise<IssuedToken>, log: Log): SharedState {
  const { store } = options;
  const where = store && typeof store.description === "string" ? store.description : "the store";
  const storeLine = (down: string, back: string) => (isDown: boolean, error?: unknown) => {
    // A SharedStoreError's message is written to be shown (no password); another store's error is named only.
    const why = error instanceof Error ? (error.name === "SharedStoreError" ? error.message.replace(/^SharedStore \S+: /, "") : error.name) : "no answer";
    if (isDown) log("warn", `the shared store (${where}) did not answer (${why}): ${down}`);
    else log("info", `the shared store (${where}) answers again: ${back}`);
  };
  const tokens = store && sharedTokens({
    store,
    secretKey: options.secretKey,
    audience: `${options.baseUrl} ${options.scope.join(" ")}`,
    fetchToken: ownToken,
    now: options.now,
    marginSec: options.tokenRefreshMarginSec,
    onStore: storeLine("this client requests its own access token until it does", "the access token is shared again"),
  });
  const budget = options.rateLimit && rateBudget({
    store: store ?? memoryStore(),
    key: `rate:${options.baseUrl}`,
    ...options.rateLimit,
    now: options.now,
    onStore: storeLine("this client keeps a rate budget of its own until it does", "the rate budget is shared again"),
  });
  return {
    fetchToken: tokens ? () => tokens.fetch() : ownToken,
    invalidate: (token) => tokens?.invalidate(token),
    budget,
  };
}
