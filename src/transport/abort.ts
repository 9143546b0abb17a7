// The SDK's own abort channel between a call, its attempts and the transport. An AbortController costs
// microseconds to make and every listener on its EventTarget more, several per call: on the node:http
// transport a call now makes none (the caller's signal is followed, when there is one). A real AbortSignal
// is made only where one is handed out: to a custom fetch and to the `sleep` option.

type Listener = (reason: unknown) => void;

export class Abort {
  aborted = false;
  reason: unknown;
  /** Listeners still waiting (read by the leak tests). */
  readonly listeners: Listener[] = [];
  #signal: AbortSignal | undefined;

  /** Calls `listener` once with the reason when this aborts (at once if it has); returns what removes it. */
  on(listener: Listener): () => void {
    if (this.aborted) listener(this.reason);
    else this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  /** The first reason wins; later calls do nothing. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    for (const listener of this.listeners.splice(0)) listener(reason);
  }

  /** A real AbortSignal that aborts with this one, made on first use. */
  get signal(): AbortSignal {
    if (!this.#signal) {
      const controller = new AbortController();
      this.on((reason) => controller.abort(reason));
      this.#signal = controller.signal;
    }
    return this.#signal;
  }
}
