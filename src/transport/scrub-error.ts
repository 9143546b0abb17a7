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

/** How deep a copy goes: what lies deeper is DROPPED. */
export const MAX_DEPTH = 8;
/**
 * The most values (objects, lists, strings, numbers, …) one copy holds: past them a list or an object is cut
 * short with DROPPED at its end. A server's error body near the response size limit may parse into millions of
 * values, and copying (scrubbing) all of them blocked the event loop for tens of seconds.
 */
export const MAX_COPIED_VALUES = 10_000;
/**
 * The longest string a copy keeps, cut before it is scrubbed: a server's 16 MiB error message would otherwise be
 * scrubbed whole several times over (message, explanation, stack; each redaction pass), seconds of blocked event
 * loop. A credential cut in two leaves at most a piece the scrubber's fragment net would not find in any text.
 */
export const MAX_COPIED_STRING = 16_384;
/** What replaces a value that is too deep, already visited (a cycle) or past the budget. */
export const DROPPED = "[dropped]";

/** One copy's walk: what it has visited (a cycle or a shared value is dropped) and how many values it may still copy. */
interface Walk {
  seen: Set<object>;
  left: number;
}
const newWalk = (seen = new Set<object>()): Walk => ({ seen, left: MAX_COPIED_VALUES });

/** A scrubbed copy of `value`: strings scrubbed, Errors copied (same prototype), objects rebuilt as plain data. */
export function scrubValue(value: unknown, credentials: Scrubbing): unknown {
  return copyValue(value, scrubber(credentials), 0, newWalk());
}

/** A symbol whose description holds a credential is replaced by one with the description scrubbed. */
function copySymbol(symbol: symbol, credentials: Scrub): symbol {
  const description = symbol.description;
  if (description === undefined) return symbol;
  const scrubbed = copyString(description, credentials);
  return scrubbed === description ? symbol : Symbol(scrubbed);
}

/** Room past MAX_COPIED_STRING for the "…[+N chars]" note, so a text cut before is not cut again. */
const CUT_NOTE_ROOM = 32;

/** `text` scrubbed, cut to MAX_COPIED_STRING first (saying how much went). */
function copyString(text: string, credentials: Scrub): string {
  if (text.length <= MAX_COPIED_STRING + CUT_NOTE_ROOM) return credentials(text);
  return `${credentials(text.slice(0, MAX_COPIED_STRING))}…[+${text.length - MAX_COPIED_STRING} chars]`;
}

function copyValue(value: unknown, credentials: Scrub, depth: number, walk: Walk): unknown {
  if (typeof value === "function") return undefined;
  if (walk.left <= 0) return DROPPED;
  walk.left--;
  if (typeof value === "string") return copyString(value, credentials);
  if (typeof value === "symbol") return copySymbol(value, credentials);
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH || walk.seen.has(value) || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return DROPPED;
  walk.seen.add(value);
  if (value instanceof Error) return copyError(value, credentials, depth, walk);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      if (walk.left <= 0) {
        out.push(DROPPED);
        break;
      }
      out.push(copyValue(item, credentials, depth + 1, walk));
    }
    return out;
  }
  // Own enumerable data only: a Headers, Map or URL keeps its content in internal slots, which are not copied.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (walk.left <= 0) {
      out[DROPPED] = DROPPED;
      break;
    }
    out[copyString(key, credentials)] = copyValue((value as Record<string, unknown>)[key], credentials, depth + 1, walk);
  }
  return out;
}

function copyError(error: Error, credentials: Scrub, depth: number, walk: Walk): Error {
  const copy = new Error(copyString(String(error.message), credentials));
  Object.setPrototypeOf(copy, Object.getPrototypeOf(error) as object);
  // name and code may be prototype getters that need the original's internals (DOMException): copy values.
  for (const key of ["name", "code"] as const) {
    const v = (error as unknown as Record<string, unknown>)[key];
    // Stryker disable next-line ArithmeticOperator: a name or code from a prototype getter is a string or a number (an own one is copied below)
    if (v !== undefined) Object.defineProperty(copy, key, { value: copyValue(v, credentials, depth + 1, walk), writable: true, configurable: true });
  }
  defineScrubbed(copy, error, credentials, depth, walk);
  return copy;
}

/**
 * Sets on `target` a scrubbed copy of each own data property of `source` (accessors are left out). Property
 * names are scrubbed too (a credential as a key, a symbol's description), except `ownNames`: the SDK's own error's
 * names (message, status, requestId) are the SDK's, and a short credential ("e") would rename them; so is its
 * `name`'s value. Each of the SDK's own properties gets a budget of its own: a huge `details` must not cut
 * `headers` or `requestId` short.
 */
function defineScrubbed(target: object, source: object, credentials: Scrub, depth: number, walk: Walk, ownNames = false): void {
  for (const key of Reflect.ownKeys(source)) {
    if (key === "message" && target !== source) continue; // already set, scrubbed
    if (key === "name" && ownNames) continue; // the SDK's class name
    const d = Object.getOwnPropertyDescriptor(source, key)!;
    if (!("value" in d)) continue;
    const name = typeof key === "symbol" ? copySymbol(key, credentials) : ownNames ? key : copyString(key, credentials);
    // Stryker disable next-line ConditionalExpression: deleting a key that is defined again at once changes at most the order of the keys
    if (name !== key) Reflect.deleteProperty(target, key);
    const value = copyValue(d.value, credentials, depth + 1, ownNames ? newWalk(walk.seen) : walk);
    Object.defineProperty(target, name, { ...d, value, configurable: true });
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
  defineScrubbed(error, error, scrubber(credentials), 0, newWalk(new Set<object>([error])), true);
  return error;
}
