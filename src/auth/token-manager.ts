// The access token of one client: fetched lazily, cached on the instance, refreshed `marginSec` before it
// expires, with concurrent callers sharing one in-flight request (auth-app's single-flight pattern —
// but per instance, never module-level). An early refresh that fails while the cached token is still
// valid is not the caller's problem: the valid token is used and the next call tries again.

export interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds, counted from when the response was received. */
  expiresIn: number;
}

/** Tokens remembered for scrubbing error text: the current one and a few before it. */
const REMEMBERED_TOKENS = 4;

export class TokenManager {
  #cached: { value: string; refreshAtMs: number; expiresAtMs: number } | undefined;
  #inflight: Promise<string> | undefined;
  #issued: string[] = [];
  readonly #fetchToken: () => Promise<IssuedToken>;
  readonly #now: () => number;
  readonly #marginMs: number;

  constructor(fetchToken: () => Promise<IssuedToken>, now: () => number, marginSec: number) {
    this.#fetchToken = fetchToken;
    this.#now = now;
    this.#marginMs = marginSec * 1000;
  }

  /** A token good for at least the refresh margin, or a still-valid one when refreshing failed. Never more
   * than one token request at a time. */
  async get(): Promise<string> {
    const cached = this.#cached;
    if (cached && this.#now() < cached.refreshAtMs) return cached.value;
    try {
      return await this.#refresh();
    } catch (error) {
      // Inside the margin the old token still works: use it rather than fail the call.
      if (cached && this.#cached === cached && this.#now() < cached.expiresAtMs) return cached.value;
      throw error;
    }
  }

  /** Drops `token` if it is still the cached one (a 401 from the API), so the next get() refreshes. */
  invalidate(token: string): void {
    if (this.#cached?.value === token) this.#cached = undefined;
  }

  /** Access tokens this client was issued recently (newest last). */
  issued(): readonly string[] {
    return this.#issued;
  }

  #refresh(): Promise<string> {
    if (this.#inflight) return this.#inflight;
    const pending = this.#load();
    this.#inflight = pending;
    // Cleared on settle either way, so a failed refresh is retried by the next caller, not cached. Only this
    // promise can be in flight until then: #refresh hands it out rather than start another.
    const clear = () => {
      this.#inflight = undefined;
    };
    pending.then(clear, clear);
    return pending;
  }

  async #load(): Promise<string> {
    const issued = await this.#fetchToken();
    const receivedAt = this.#now();
    const lifetimeMs = issued.expiresIn * 1000;
    // A margin longer than half the lifetime would refresh on every call; cap it.
    const margin = Math.min(this.#marginMs, lifetimeMs / 2);
    this.#cached = { value: issued.accessToken, refreshAtMs: receivedAt + lifetimeMs - margin, expiresAtMs: receivedAt + lifetimeMs };
    this.#issued = [...this.#issued, issued.accessToken].slice(-REMEMBERED_TOKENS);
    return issued.accessToken;
  }
}
