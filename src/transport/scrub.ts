// Credentials out of error text. A transport error may quote the request it failed on (undici's header
// check quotes the bad value, proxy agents and instrumented fetches quote the Authorization header), so
// every transport error is passed through here before it becomes an SDK error's message or `cause`.

export const REDACTED = "[redacted]";

/** `text` with every occurrence of every credential replaced by `[redacted]`. */
export function scrubText(text: string, credentials: readonly string[]): string {
  let out = text;
  for (const secret of credentials) if (secret !== "") out = out.split(secret).join(REDACTED);
  return out;
}

/**
 * `error` itself when it mentions no credential; otherwise a copy with the same prototype (so `instanceof`
 * and `name` still hold) whose strings (message, stack, code, …) are scrubbed, and whose cause chain is
 * scrubbed the same way. The original is never handed on: util.inspect would print it.
 */
export function scrubError(error: unknown, credentials: readonly string[], depth = 0): unknown {
  if (typeof error === "string") return scrubText(error, credentials);
  if (!(error instanceof Error) || depth > 8) return error;
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  let changed = false;
  for (const key of Reflect.ownKeys(error)) {
    const descriptor = Object.getOwnPropertyDescriptor(error, key)!;
    if ("value" in descriptor) {
      const before: unknown = descriptor.value;
      const after =
        typeof before === "string" ? scrubText(before, credentials)
        : key === "cause" || before instanceof Error ? scrubError(before, credentials, depth + 1)
        : before;
      if (after !== before) changed = true;
      descriptor.value = after;
    }
    Object.defineProperty(copy, key, descriptor);
  }
  return changed ? copy : error;
}
