// The SDK's own abort channel between a call, its attempts and the transport. An AbortController costs
// microseconds to make and every listener on its EventTarget more, several per call: on the node:http
// transport a call now makes none (the caller's signal is followed, when there is one). A real AbortSignal
// is made only where one is handed out: to a custom fetch and to the `sleep` option.

type Listener = (reason: unknown) => void;

export class Abort {
  aborted = false;
  reason: unknown = undefined;
  #listeners: Listener[] = [];
  #controller: AbortController | undefined;

  /** Calls `listener` once with the reason when this aborts (at once if it has); returns what removes it. */
  on(listener: Listener): () => void {
    if (this.aborted) {
      listener(this.reason);
      return () => {};
    }
    this.#listeners.push(listener);
    return () => {
      const at = this.#listeners.indexOf(listener);
      if (at >= 0) this.#listeners.splice(at, 1);
    };
  }

  /** The first reason wins; later calls do nothing. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener(reason);
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  /** Listeners waiting (leak tests). */
  get listenerCount(): number {
    return this.#listeners.length;
  }

  /** A real AbortSignal that aborts with this one, made on first use. */
  get signal(): AbortSignal {
    if (!this.#controller) {
      const controller = (this.#controller = new AbortController());
      this.on((reason) => controller.abort(reason));
    }
    return this.#controller.signal;
  }
}
