// The aborts of a call and of each attempt: an attempt's fires on its timeout or when the call's does, and
// says which of the two happened; a call's follows the caller's AbortSignal (and close()).
import { Abort } from "./abort.js";

export interface AttemptAbort {
  abort: Abort;
  timedOut(): boolean;
  dispose(): void;
}

export function attemptAbort(timeoutMs: number, call: Abort): AttemptAbort {
  const abort = new Abort();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort(new Error(`attempt timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  const off = call.on((reason) => abort.abort(reason));
  return {
    abort,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      off();
    },
  };
}

/** Resolves after `ms`, or rejects with the caller's reason as soon as the caller aborts (the default `sleep`). */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** `promise`, or a rejection as soon as `abort` fires (the promise itself runs on: it may be shared). */
export function untilAborted<T>(promise: Promise<T>, abort: Abort): Promise<T> {
  if (abort.aborted) return Promise.reject(abort.reason);
  return new Promise<T>((resolve, reject) => {
    const off = abort.on(reject);
    promise.then(
      (value) => {
        off();
        resolve(value);
      },
      (error: unknown) => {
        off();
        reject(error);
      },
    );
  });
}

/** An abort that fires with `caller`'s reason when the caller aborts, or with any reason through abort(). */
export function callAbort(caller: AbortSignal | undefined): { abort: Abort; dispose(): void } {
  const abort = new Abort();
  if (!caller) return { abort, dispose: () => {} };
  const onAbort = () => abort.abort(caller.reason);
  if (caller.aborted) onAbort();
  else caller.addEventListener("abort", onAbort, { once: true });
  return { abort, dispose: () => caller.removeEventListener("abort", onAbort) };
}
