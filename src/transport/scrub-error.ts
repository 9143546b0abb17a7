// Credentials out of error objects. A transport error is the caller's object (their fetch, their proxy
// agent) and may hold the request anywhere: a plain `request.headers`, a Headers object, an AggregateError's
// `errors`, a cause chain of any depth, a cycle. util.inspect and error trackers print all of it, so the SDK
// never hands one on: it hands on a copy in which every string is scrubbed, anything it cannot read safely
// (accessors, binary, class internals) is left out, and whatever lies past MAX_DEPTH is dropped, not kept.
import { PayConnectError } from "../errors.js";
import { scrubText } from "./scrub.js";

/** The credentials to scrub, or a function that scrubs a text of them (a client's, with its pattern cache). */
export type Scrubbing = readonly string[] | ((text: string) => string);
type Scrub = (text: string) => string;
const scrubber = (s: Scrubbing) => (typeof s === "function" ? s : (text: string) => scrubText(text, s));

const MAX_DEPTH = 8;
/** What replaces a value that is too deep or already visited (a cycle). */
export const DROPPED = "[dropped]";

/** A scrubbed copy of `value`: strings scrubbed, Errors copied (same prototype), objects rebuilt as plain data. */
export function scrubValue(value: unknown, credentials: Scrubbing, depth = 0, seen = new WeakSet<object>()): unknown {
  return copyValue(value, scrubber(credentials), depth, seen);
}

function copyValue(value: unknown, credentials: Scrub, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return credentials(value);
  if (typeof value === "function") return undefined;
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH || seen.has(value) || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return DROPPED;
  seen.add(value);
  if (value instanceof Error) return copyError(value, credentials, depth, seen);
  if (Array.isArray(value)) return value.map((item) => copyValue(item, credentials, depth + 1, seen));
  // Own enumerable data only: a Headers, Map or URL keeps its content in internal slots, which are not copied.
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[credentials(key)] = copyValue(item, credentials, depth + 1, seen);
  return out;
}

function copyError(error: Error, credentials: Scrub, depth: number, seen: WeakSet<object>): Error {
  const copy = new Error(credentials(String(error.message)));
  Object.setPrototypeOf(copy, Object.getPrototypeOf(error) as object);
  // name and code may be prototype getters that need the original's internals (DOMException): copy values.
  for (const key of ["name", "code"] as const) {
    const v = (error as unknown as Record<string, unknown>)[key];
    // Stryker disable next-line ArithmeticOperator: a name or code from a prototype getter is a string or a number (an own one is copied below)
    if (v !== undefined) Object.defineProperty(copy, key, { value: copyValue(v, credentials, depth + 1, seen), writable: true, configurable: true });
  }
  defineScrubbed(copy, error, credentials, depth, seen);
  return copy;
}

/**
 * Sets on `target` a scrubbed copy of each own data property of `source` (accessors are left out). Property
 * names are scrubbed too (a credential as a key), except `ownNames`: the SDK's own error's names (message,
 * status, requestId) are the SDK's, and a short credential ("e") would rename them; so is its `name`'s value.
 */
function defineScrubbed(target: object, source: object, credentials: Scrub, depth: number, seen: WeakSet<object>, ownNames = false): void {
  for (const key of Reflect.ownKeys(source)) {
    if (key === "message" && target !== source) continue; // already set, scrubbed
    if (key === "name" && ownNames) continue; // the SDK's class name
    const d = Object.getOwnPropertyDescriptor(source, key)!;
    if (!("value" in d)) continue;
    const name = typeof key === "string" && !ownNames ? credentials(key) : key;
    // Stryker disable next-line ConditionalExpression: deleting a key that is defined again at once changes at most the order of the keys
    if (name !== key) Reflect.deleteProperty(target, key);
    Object.defineProperty(target, name, { ...d, value: copyValue(d.value, credentials, depth + 1, seen), configurable: true });
  }
}

/** A copy of a foreign error (or any thrown value) that is safe to keep as an SDK error's `cause`. */
export function scrubError(error: unknown, credentials: Scrubbing): unknown {
  return scrubValue(error, credentials);
}

/**
 * Scrubs an error the SDK built, in place, before it reaches the caller: every string on it (message,
 * stack, headers, requestId, details, …) and its cause, whatever the server sent in whatever spelling.
 * Anything else (the caller's own abort reason) is returned untouched.
 */
export function redactOwnError<T>(error: T, credentials: Scrubbing): T {
  if (!(error instanceof PayConnectError)) return error;
  defineScrubbed(error, error, scrubber(credentials), 0, new WeakSet<object>([error]), true);
  return error;
}
