// The state replicas of one deployment share (issue 14): a small key-value contract that the in-memory store (one
// process, the default) and the Redis store (many processes) implement. The webhook de-duplication helper is built
// on it, and so are the client's shared access token and rate budget. Values are strings and every key expires. Each
// call is atomic: when two replicas add one key at once, exactly one of them stores it.

export interface SharedStore {
  /** Stores `value` under `key` for `ttlMs` unless the key holds a value. Resolves true when this call stored it. */
  add(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** The value under `key`, or undefined when there is none (or it has expired). */
  get(key: string): Promise<string | undefined>;
  /** Replaces the value under `key` with `value` for `ttlMs`, only while it is `expected`. Resolves true when it did. */
  replace(key: string, expected: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes `key`, only while its value is `expected`. Resolves true when it did. */
  remove(key: string, expected: string): Promise<boolean>;
  /**
   * A rate budget: records the use `use` (a new id) of `key` if fewer than `limit` uses were recorded in the last
   * `windowMs` (a sliding window, on the store's one clock), and resolves 0. Otherwise records nothing and resolves
   * how many milliseconds until a use leaves the window (≥ 1).
   */
  take(key: string, use: string, limit: number, windowMs: number): Promise<number>;
  /**
   * The request `use` stood for has ended: the use counts from now, so its slot frees `windowMs` from now. (A server
   * counts a request when it arrives, somewhere between take and settle; counted from settle, no window of the
   * server's can hold more than `limit` of them.) Nothing happens if the use has left the window.
   */
  settle(key: string, use: string, windowMs: number): Promise<void>;
  /** Where the state lives, for messages and logs: "memory", "redis://127.0.0.1:6379" — never a password. */
  readonly description: string;
}
