// shareState(store): what clients on one store share (issue 14) — the access token (src/auth/shared-token.ts) and the
// rate budget (src/transport/rate-budget.ts) — given to createPayConnect as its `shared` option. It lives in this
// entry, not the main one, so an app that shares nothing bundles none of it. A store that stops answering is said
// once per client, in one line per part, and once more when it is back.
import { PayConnectError } from "../error-base.js";
import { sharedTokens } from "../auth/shared-token.js";
import type { SharedClientState } from "../client/sharing.js";
import { rateBudget } from "../transport/rate-budget.js";
import { checkedStore } from "./checked-store.js";
import { storeReason } from "./errors.js";
import type { SharedStore } from "./store.js";

export interface ShareStateOptions {
  /** A budget every request of every client on the store takes a slot of (a sliding window: at most `limit` requests
   * in any `windowSec`). A call waits for its slot as long as an attempt may take (`timeoutMs`, or less before
   * `totalTimeoutMs`); if none frees by then it fails with RateLimitError and nothing is sent. A lower
   * X-RateLimit-Limit from the API is followed. `false`: no budget, only the token is shared.
   * @default { limit: 100, windowSec: 60 } (PayConnect's limit per IP) */
  rateLimit?: { limit?: number; windowSec?: number } | false;
}

const METHODS = ["add", "get", "replace", "remove", "take", "settle"] as const;

export function shareState(store: SharedStore, options: ShareStateOptions = {}): SharedClientState {
  const fail = (what: string): never => {
    throw new PayConnectError(`shareState: ${what}`);
  };
  if (typeof store !== "object" || store === null || !METHODS.every((m) => typeof store[m] === "function")) {
    fail(`store must be a SharedStore (redisStore() from @payconnect/sdk/redis, memoryStore() from @payconnect/sdk/state): an object with ${METHODS.join(", ")}; got ${store === null ? "null" : typeof store}`);
  }
  if (typeof options !== "object" || options === null) fail(`options must be an object, got ${options === null ? "null" : typeof options}`);
  const unknown = Object.keys(options).find((key) => key !== "rateLimit");
  if (unknown !== undefined) fail(`unknown option \`${unknown}\`. Known options: rateLimit.`);
  const budget = budgetOf(options.rateLimit, fail);
  const where = typeof store.description === "string" ? store.description : "a custom store";
  store = checkedStore(store);

  return {
    description: `${where}: the access token${budget ? ` and a rate budget of ${budget.limit} requests per ${budget.windowMs / 1000} s` : ""}`,
    attach(client) {
      // Told of every store call's outcome; says a change only: one line when the store stops answering, one when it is
      // back (per client and part).
      const storeLine = (part: string, down: string, back: string) => {
        let isDown = false;
        return (answering: boolean, error?: unknown) => {
          if (isDown === !answering) return;
          isDown = !answering;
          const why = storeReason(error);
          if (isDown) client.log("warn", `the shared store (${where}) did not answer (${why}): ${down}`, { store: where, part, reason: why });
          else client.log("info", `the shared store (${where}) answers again: ${back}`, { store: where, part });
        };
      };
      const tokens = sharedTokens({
        store,
        secretKey: client.secretKey,
        audience: `${client.baseUrl} ${client.scope.join(" ")}`,
        fetchToken: client.requestToken,
        now: client.now,
        marginSec: client.tokenRefreshMarginSec,
        onStore: storeLine("access token", "this client requests its own access token until it does", "the access token is shared again"),
      });
      return {
        fetchToken: () => tokens.fetch(),
        invalidate: (token) => tokens.invalidate(token),
        budget: budget && rateBudget({
          store,
          key: `rate:${client.baseUrl}`,
          ...budget,
          now: client.now,
          onStore: storeLine("rate budget", "this client keeps a rate budget of its own until it does", "the rate budget is shared again"),
        }),
      };
    },
  };
}

/** The `rateLimit` option as a budget, or undefined for none. */
function budgetOf(given: ShareStateOptions["rateLimit"], fail: (what: string) => never): { limit: number; windowMs: number } | undefined {
  if (given === false) return undefined;
  if (given !== undefined && (typeof given !== "object" || given === null || Array.isArray(given))) fail(`rateLimit must be { limit, windowSec } or false, got ${given === null ? "null" : Array.isArray(given) ? "an array" : typeof given}`);
  const { limit = 100, windowSec = 60, ...rest } = given ?? {};
  const extra = Object.keys(rest)[0];
  if (extra !== undefined) fail(`rateLimit has an unknown field \`${extra}\`; it takes limit and windowSec`);
  if (!Number.isSafeInteger(limit) || limit < 1) fail(`rateLimit.limit must be a whole number of requests ≥ 1, got ${String(limit)}`);
  const windowMs = Math.round(Number(windowSec) * 1000);
  if (typeof windowSec !== "number" || !Number.isSafeInteger(windowMs) || windowMs < 1) fail(`rateLimit.windowSec must be a positive number of seconds, got ${String(windowSec)}`);
  return { limit, windowMs };
}
