// One access token for every replica on a SharedStore (createPayConnect's `shared` option: shareState(store), issue
// 14). The TokenManager keeps caching per client; when it needs a token it asks here: a token in the store that is
// not yet inside the refresh margin is used as is; otherwise one replica takes the store's lock and requests it while
// the others wait for it to appear (a distributed single-flight). A 401 removes that token from the store for
// everyone, once (compare-and-delete: a newer token another replica wrote stays).
// The token is stored encrypted (AES-GCM, key derived from the secret key, bound to its store key): the store
// holds nothing a reader without the secret key can call the API with. If the store fails, the client fetches its
// own token as it would without a store; each outcome is told to onStore (src/state/share.ts logs a change once).
import { holdLease } from "../state/lease.js";
import type { SharedStore } from "../state/store.js";
import type { IssuedToken } from "./token-manager.js";

export interface SharedTokenOptions {
  store: SharedStore;
  secretKey: string;
  /** What else tells tokens apart under one secret key: the base URL and the scope. */
  audience: string;
  fetchToken: () => Promise<IssuedToken>;
  now: () => number;
  marginSec: number;
  /** Each time the store is asked: whether it answered (and if not, why). */
  onStore: (answering: boolean, error?: unknown) => void;
  /** Shorter times, for tests. */
  timing?: { lockMs: number; pollMs: number };
}

export interface SharedTokens {
  fetch(): Promise<IssuedToken>;
  invalidate(token: string): void;
}

/** How long the lock holder has to request a token before another replica may (renewed while it waits). A lock held
 *  by one holder for two periods is taken over: its holder hangs, or the lock was written without an expiry. */
const LOCK_MS = 10_000;
const POLL_MS = 50;

/** A store call that failed: the caller goes on without the store. */
class StoreDown {
  constructor(readonly error: unknown) {}
}

/** Web Crypto's key type (the project's lib has no DOM types). */
type CryptoKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

interface Record_ {
  token: string;
  expiresAt: number;
  /** The stored text, for compare-and-delete. */
  raw: string;
}

export function sharedTokens(options: SharedTokenOptions): SharedTokens {
  const { store, now } = options;
  let keys: Promise<{ token: string; lock: string; aes: CryptoKey }> | undefined;
  /** The record this client last used, and a token a 401 condemned (never taken from the store again). */
  let used: Record_ | undefined;
  let condemned: string | undefined;

  const ask = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw new StoreDown(error);
    }
  };
  const usable = (record: Record_ | undefined): record is Record_ =>
    record !== undefined && record.token !== condemned && record.expiresAt - now() > options.marginSec * 1_000;
  const issued = (record: Record_): IssuedToken => {
    used = record;
    return { accessToken: record.token, expiresIn: (record.expiresAt - now()) / 1_000 };
  };

  async function read(k: { token: string; aes: CryptoKey }): Promise<Record_ | undefined> {
    const raw = await ask(() => store.get(k.token));
    return raw === undefined ? undefined : open(raw, k.token, k.aes);
  }

  /** The token, and whether the store answered every question about it. */
  async function viaStore(): Promise<{ token: IssuedToken; stored: boolean }> {
    const k = await (keys ??= deriveKeys(options.secretKey, options.audience));
    const { lockMs, pollMs } = options.timing ?? { lockMs: LOCK_MS, pollMs: POLL_MS };
    let holder: { owner: string; since: number } | undefined;
    for (;;) {
      const found = await read(k);
      if (usable(found)) return { token: issued(found), stored: true };
      const owner = globalThis.crypto.randomUUID();
      if (await ask(() => store.add(k.lock, owner, lockMs))) {
        const stopRenewing = holdLease(store, k.lock, owner, lockMs, 6 * lockMs);
        try {
          // Another replica may have stored one between our read and our lock.
          const again = await read(k);
          if (usable(again)) return { token: issued(again), stored: true };
          const fresh = await options.fetchToken();
          const expiresAt = now() + fresh.expiresIn * 1_000;
          const raw = await seal(fresh.accessToken, expiresAt, k.token, k.aes);
          const ttlMs = Math.max(1, Math.floor(fresh.expiresIn * 1_000));
          used = { token: fresh.accessToken, expiresAt, raw };
          try {
            // The old record, if any, is replaced only as read: we hold the lock, so nobody else writes it now.
            const old = await ask(() => store.get(k.token));
            await ask(() => (old === undefined ? store.add(k.token, raw, ttlMs) : store.replace(k.token, old, raw, ttlMs)));
          } catch (error) {
            // The token is ours all the same: requesting another because the store failed would be a second request.
            if (!(error instanceof StoreDown)) throw error;
            options.onStore(false, error.error);
            return { token: fresh, stored: false };
          }
          return { token: fresh, stored: true };
        } finally {
          stopRenewing();
          await store.remove(k.lock, owner).catch(() => undefined);
        }
      }
      // Someone else holds the lock: wait for the token it stores, or take a lock over that one holder kept too long.
      const current = await ask(() => store.get(k.lock));
      if (current !== undefined && current !== holder?.owner) holder = { owner: current, since: now() };
      else if (current !== undefined && now() - holder!.since >= 2 * lockMs) await ask(() => store.remove(k.lock, current));
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  return {
    async fetch() {
      try {
        const { token, stored } = await viaStore();
        if (stored) options.onStore(true);
        return token;
      } catch (error) {
        if (!(error instanceof StoreDown)) throw error;
        options.onStore(false, error.error);
        return options.fetchToken();
      }
    },
    invalidate(token) {
      condemned = token;
      const record = used;
      if (record?.token !== token || keys === undefined) return;
      void keys.then((k) => store.remove(k.token, record.raw)).catch(() => undefined);
    },
  };
}

async function deriveKeys(secretKey: string, audience: string) {
  const subtle = globalThis.crypto.subtle;
  const text = new TextEncoder();
  const secret = await subtle.importKey("raw", text.encode(secretKey), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = (label: string) => subtle.sign("HMAC", secret, text.encode(label));
  const id = [...new Uint8Array(await mac(`payconnect token id\n${audience}`))].slice(0, 16).map((b) => b.toString(16).padStart(2, "0")).join("");
  const aes = await subtle.importKey("raw", await mac("payconnect token cache key"), "AES-GCM", false, ["encrypt", "decrypt"]);
  return { token: `token:${id}`, lock: `token-lock:${id}`, aes };
}

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function seal(token: string, expiresAt: number, key: string, aes: CryptoKey): Promise<string> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify({ t: token, e: expiresAt }));
  const sealed = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode(key) }, aes, plain));
  return JSON.stringify({ v: 1, iv: b64(iv), ct: b64(sealed) });
}

/** The record under `key`, or undefined when it is not one this secret key sealed there (then it is replaced). */
async function open(raw: string, key: string, aes: CryptoKey): Promise<Record_ | undefined> {
  try {
    const { v, iv, ct } = JSON.parse(raw) as { v: unknown; iv: string; ct: string };
    if (v !== 1) return undefined;
    const plain = await globalThis.crypto.subtle.decrypt({ name: "AES-GCM", iv: unb64(iv), additionalData: new TextEncoder().encode(key) }, aes, unb64(ct));
    const { t, e } = JSON.parse(new TextDecoder().decode(plain)) as { t: unknown; e: unknown };
    return typeof t === "string" && typeof e === "number" ? { token: t, expiresAt: e, raw } : undefined;
  } catch {
    return undefined;
  }
}
