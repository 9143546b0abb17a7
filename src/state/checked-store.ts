// The shared state reaches a store only through checkedStore(): the store is the app's (any SharedStore), and one
// that never answers, throws instead of rejecting, or answers what its contract does not allow must cost a call no
// more than a store that is down — a SharedStoreError, which the client answers with state of its own and the
// webhook de-duplication passes on.
import { SharedStoreError } from "./errors.js";
import type { SharedStore } from "./store.js";

/** How long any store call may take: redisStore answers or fails within 1 s by default. */
export const STORE_WAIT_MS = 2_000;

type Check = (value: unknown) => boolean;
const boolean: Check = (v) => typeof v === "boolean";
const text: Check = (v) => v === undefined || typeof v === "string";
const wait: Check = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
const any: Check = () => true;
const CHECKS = { add: boolean, get: text, replace: boolean, remove: boolean, take: wait, settle: any } as const;

export function checkedStore(store: SharedStore): SharedStore {
  if ((store as { [CHECKED]?: true })[CHECKED]) return store;
  const where = typeof store.description === "string" ? store.description : "a custom store";
  // After a failure, calls fail at once while a harmless read, in the background, finds out when the store answers
  // again: a store that hangs would otherwise cost every call STORE_WAIT_MS before it falls back to state of its own.
  let failing = false;
  let probing = false;
  const attempt = <T>(method: keyof typeof CHECKS, run: () => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (ok: boolean, outcome: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        failing = !ok;
        if (ok) resolve(outcome as T);
        else reject(outcome);
      };
      const timer = setTimeout(() => settle(false, new SharedStoreError(`SharedStore ${where}: ${method} did not answer within ${STORE_WAIT_MS} ms`)), STORE_WAIT_MS);
      (timer as { unref?: () => void }).unref?.();
      Promise.resolve()
        .then(run)
        .then((value) => {
          if (!CHECKS[method](value)) throw new SharedStoreError(`SharedStore ${where}: ${method} answered ${value === null ? "null" : typeof value}, which its contract does not allow`);
          settle(true, value);
        })
        .catch((error: unknown) => settle(false, error));
    });
  const call = (method: keyof typeof CHECKS) => (...args: unknown[]) => {
    if (failing) {
      if (!probing) {
        probing = true;
        void attempt("get", () => store.get(PROBE_KEY)).catch(() => undefined).finally(() => (probing = false));
      }
      return Promise.reject(new SharedStoreError(`SharedStore ${where}: ${method} not tried: the store's last call failed, and it is used again once a check in the background gets an answer`));
    }
    return attempt(method, () => (store[method] as (...a: unknown[]) => Promise<unknown>)(...args));
  };
  return {
    description: where,
    add: call("add") as SharedStore["add"],
    get: call("get") as SharedStore["get"],
    replace: call("replace") as SharedStore["replace"],
    remove: call("remove") as SharedStore["remove"],
    take: call("take") as SharedStore["take"],
    settle: call("settle") as SharedStore["settle"],
    [CHECKED]: true,
  } as SharedStore;
}

const CHECKED = Symbol("checked");

/** Marks a store of this package's own that answers at once and only as its contract says (memoryStore): it is used
 *  as it is, without a timer per call. */
export function trusted<T extends SharedStore>(store: T): T {
  return Object.defineProperty(store, CHECKED, { value: true });
}
/** What the background read asks for: any answer, a value or none, says the store is back. */
const PROBE_KEY = "probe";
