// The base of every error the SDK throws, in a module of its own: every entry (main, webhooks, state, redis) shares
// this one class, so `instanceof PayConnectError` holds across them, without the state entries loading the API errors.
export class PayConnectError extends Error {
  override name = "PayConnectError";
}
