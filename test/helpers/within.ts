/** Settles with the promise's outcome ("resolved", or the error it rejected with), or with "still pending" after `ms`. */
export function within(ms: number, promise: Promise<unknown>): Promise<unknown> {
  return Promise.race([promise.then(() => "resolved", (e: unknown) => e), new Promise((r) => setTimeout(() => r("still pending"), ms))]);
}
