// The access token of one client: fetched lazily, cached on the instance, refreshed `marginSec` before it
// expires, with concurrent callers sharing one in-flight request (auth-app's single-flight pattern —
// but per instance, never module-level). Inside the margin the cached token still works, so callers go on
// with it at once and the refresh runs behind them: a slow or hanging token endpoint delays nobody until
// the token has really expired. Such a refresh failing is thrown at nobody, and the next call inside the margin
// starts another. Callers wait only when there is no valid token: none yet, expired, or dropped after a 401.
// Every failed token request is reported once through `onFailed` (whether it ran behind the callers): the
// callers waiting for it may have given up (their own timeout), and then nothing else would tell of it.

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
  readonly #onFailed: (error: unknown, behind: boolean) => void;

  /** `onFailed` hears of every token request that failed, once; `behind`: it ran behind the callers (inside the
   * margin), who went on with the still-valid token. */
  constructor(fetchToken: () => Promise<IssuedToken>, now: () => number, marginSec: number, onFailed: (error: unknown, behind: boolean) => void) {
    this.#fetchToken = fetchToken;
    this.#now = now;
    this.#marginMs = marginSec * 1000;
    this.#onFailed = onFailed;
  }

  /** A valid token: the cached one while it has not expired (inside the margin a refresh is started behind
   * the caller), else a new one. Never more than one token request at a time. */
  async get(): Promise<string> {
    const cached = this.#cached;
    const now = this.#now();
    if (cached && now < cached.refreshAtMs) return cached.value;
    if (cached && now < cached.expiresAtMs) {
      this.#refreshBehind();
      return cached.value;
    }
    return this.#refresh();
  }

  /** The cached token while no refresh is due, else undefined (then get()): a call needs no promise for it. */
  fresh(): string | undefined {
    const cached = this.#cached;
    return cached && this.#now() < cached.refreshAtMs ? cached.value : undefined;
  }

  /** Drops `token` if it is still the cached one (a 401 from the API), so the next get() refreshes. */
  invalidate(token: string): void {
    if (this.#cached?.value === token) this.#cached = undefined;
  }

  /** Access tokens this client was issued recently (newest last). */
  issued(): readonly string[] {
    return this.#issued;
  }

  #refreshBehind(): void {
    // Already refreshing: that refresh's failure is reported once, by #refresh.
    if (this.#inflight) return;
    // Reported through onFailed; no caller waits for it.
    this.#refresh(true).catch(() => {});
  }

  #refresh(behind = false): Promise<string> {
    if (this.#inflight) return this.#inflight;
    const pending = this.#load();
    this.#inflight = pending;
    // Cleared on settle either way, so a failed refresh is retried by the next caller, not cached. Only this
    // promise can be in flight until then: #refresh hands it out rather than start another.
    const clear = () => {
      this.#inflight = undefined;
    };
    pending.then(clear, (error: unknown) => {
      clear();
      this.#onFailed(error, behind);
    });
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
