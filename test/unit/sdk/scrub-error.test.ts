// The scrubbed copy of a foreign error (a transport's, kept as an SDK error's cause) and the in-place redaction
// of the SDK's own errors, at their edges: nulls, functions, accessors, cycles, depth, own `code`, keys that
// hold a credential. Written against mutants a Stryker run of src/ left alive.
import { inspect } from "node:util";
import { expect, test } from "vitest";
import { ConnectionError } from "../../../src/errors.js";
import { DROPPED, MAX_COPIED_STRING, MAX_COPIED_VALUES, MAX_DEPTH, redactOwnError, scrubError } from "../../../src/transport/scrub-error.js";

const SECRET = "sk_test_supersecret_9f8e7d6c5b4a";
const creds = [SECRET];
const nest = (depth: number): Record<string, unknown> => (depth === 0 ? { leaf: SECRET } : { next: nest(depth - 1) });
/** The value `steps` levels down a nest() chain. */
const down = (value: unknown, steps: number) => Array.from({ length: steps }).reduce<unknown>((v) => (v as { next: unknown }).next, value);

test("a dropped value is marked, not blank", () => {
  expect(DROPPED.trim()).not.toBe("");
});

test("plain data survives as data: null, numbers, booleans; functions are left out", () => {
  const copy = scrubError({ a: null, b: 0, c: false, d: () => SECRET, e: [null, SECRET] }, creds) as Record<string, unknown>;
  expect(copy).toEqual({ a: null, b: 0, c: false, d: undefined, e: [null, "[redacted]"] });
});

test("depth: the eighth level is kept, what lies deeper is dropped; a deep chain ends", () => {
  // Levels 0..7 are copied (a string at level 8 sits in an object at level 7).
  const kept = scrubError(nest(7), creds);
  expect(down(kept, 7)).toEqual({ leaf: "[redacted]" });
  const cut = scrubError(nest(8), creds);
  expect(down(cut, 7)).toEqual({ next: DROPPED });
  // However the depth is reached, it is cut at the same level: objects, arrays, an error's own properties.
  const arrays = (depth: number): unknown => (depth === 0 ? SECRET : [arrays(depth - 1)]);
  const levels = (value: unknown): number => (Array.isArray(value) ? 1 + levels(value[0]) : value !== null && typeof value === "object" ? 1 + levels(Object.values(value)[0]) : 0);
  expect(levels(scrubError(arrays(50), creds))).toBe(levels(scrubError(nest(50), creds)));
  const error = Object.assign(new Error("x"), { details: nest(50) });
  expect((scrubError(error, creds) as unknown as { details: unknown }).details).toEqual((scrubError({ details: nest(50) }, creds) as { details: unknown }).details);
  // A deep chain ends.
  for (const deep of [scrubError(nest(200), creds), scrubError(arrays(200), creds), scrubError(error, creds)]) {
    expect(JSON.stringify(deep)).not.toContain(SECRET);
    expect(levels(deep)).toBeLessThanOrEqual(9);
  }
});

test("a cycle is dropped where it closes, in data and in an error's own properties", () => {
  const data: Record<string, unknown> = { token: SECRET };
  data.self = data;
  expect(scrubError(data, creds)).toEqual({ token: "[redacted]", self: DROPPED });
  const own = new ConnectionError(`failed with ${SECRET}`, { cause: undefined });
  (own as unknown as { again: unknown }).again = own;
  redactOwnError(own, creds);
  expect((own as unknown as { again: unknown }).again).toBe(DROPPED);
  expect(own.message).not.toContain(SECRET);
});

test("an error's copy keeps its class, its own code and name, and its data properties; accessors are left out", () => {
  const error = Object.assign(new TypeError(`connect failed ${SECRET}`), { code: "ECONNRESET", errno: -104 });
  Object.defineProperty(error, "secretGetter", { get: () => SECRET, enumerable: true });
  const copy = scrubError(error, creds) as TypeError & { code: string; errno: number };
  expect(copy).toBeInstanceOf(TypeError);
  expect([copy.name, copy.code, copy.errno, copy.message]).toEqual(["TypeError", "ECONNRESET", -104, "connect failed [redacted]"]);
  expect(Object.getOwnPropertyDescriptor(copy, "secretGetter")).toBeUndefined();
  // No code of its own: none on the copy either.
  expect(Object.hasOwn(scrubError(new Error("x"), creds) as object, "code")).toBe(false);
});

test("name and code read through prototype getters (DOMException) are copied as values", () => {
  const copy = scrubError(new DOMException(`aborted ${SECRET}`, "AbortError"), creds) as DOMException;
  expect([copy.name, copy.code, copy.message]).toEqual(["AbortError", 20, "aborted [redacted]"]);
});

test("name and code copied from prototype getters are ordinary data on the copy: writable and configurable", () => {
  const copy = scrubError(new DOMException("aborted", "AbortError"), creds) as { name: string; code: number };
  for (const key of ["name", "code"]) expect(Object.getOwnPropertyDescriptor(copy, key), key).toMatchObject({ writable: true, configurable: true });
  copy.name = "Renamed";
  expect(copy.name).toBe("Renamed");
});

test("a message that is not a string is copied as its text", () => {
  const error = new Error("x");
  (error as unknown as { message: unknown }).message = 42;
  expect((scrubError(error, creds) as Error).message).toBe("42");
});

test("redacting an SDK error in place: values are scrubbed, its own property names are kept (the SDK's, and a one-character token must not rename them), descriptors stay configurable", () => {
  const error = new ConnectionError("failed", { cause: undefined });
  (error as unknown as Record<string, unknown>).requestId = `req_${SECRET}`;
  redactOwnError(error, [...creds, "e"]);
  expect(Reflect.ownKeys(error)).toEqual(expect.arrayContaining(["name", "message", "requestId"]));
  expect(error.name).toBe("ConnectionError");
  expect(Object.getOwnPropertyDescriptor(error, "requestId")).toMatchObject({ value: "r[redacted]q_[redacted]", configurable: true });
  // Twice is harmless.
  expect(() => redactOwnError(error, creds)).not.toThrow();
  expect((error as unknown as Record<string, unknown>).requestId).toBe("r[redacted]q_[redacted]");
});

test("anything but an SDK error (the caller's own abort reason) is returned untouched", () => {
  const reason = new Error(`the caller's text ${SECRET}`);
  expect(redactOwnError(reason, creds)).toBe(reason);
  expect(reason.message).toContain(SECRET);
});

test("a symbol's description is scrubbed, as a value and as a key; a symbol without a credential is kept as it is", () => {
  const plain = Symbol("plain");
  // An error's own symbol keys are copied (scrubbed); a plain object's are not (own enumerable string keys only).
  const cause = Object.assign(new Error("inner"), { tag: Symbol(`Bearer ${SECRET}`), [Symbol(`auth ${SECRET}`)]: "request", [plain]: 1, ok: plain });
  const copy = scrubError(new Error("fetch failed", { cause: { cause, [Symbol(`data ${SECRET}`)]: 2 } }), creds) as Error;
  const shown = inspect(copy, { depth: 10 });
  expect(shown).not.toContain(SECRET);
  expect(shown).toContain("Symbol(Bearer [redacted])");
  expect(shown).toContain("[Symbol(auth [redacted])]: 'request'");
  expect(Object.getOwnPropertySymbols(copy.cause)).toEqual([]);
  const c = (copy.cause as { cause: Record<string | symbol, unknown> }).cause;
  expect(c.ok).toBe(plain);
  expect(c[plain]).toBe(1);
});

/** How many values (objects, lists, primitives) a copy holds, itself included. */
const count = (value: unknown): number =>
  typeof value === "object" && value !== null ? 1 + Object.values(value).reduce<number>((n, v) => n + count(v), 0) : 1;

test("a copy holds at most MAX_COPIED_VALUES values: past them a list or an object is cut short, ending in DROPPED", () => {
  const list = { errors: Array.from({ length: MAX_COPIED_VALUES * 3 }, (_, i) => ({ i, note: SECRET })) };
  const wide = { wide: Object.fromEntries(Array.from({ length: MAX_COPIED_VALUES * 3 }, (_, i) => [`k${i}`, SECRET])) };
  for (const body of [list, wide]) {
    const copy = scrubError(body, creds) as Record<string, unknown[] | Record<string, unknown>>;
    const inner = Object.values(copy)[0]!;
    const values = Object.values(inner);
    // One DROPPED marks the cut, at the end of each container it cut (at most one per level).
    expect(values.at(-1)).toBe(DROPPED);
    expect(count(copy)).toBeLessThanOrEqual(MAX_COPIED_VALUES + MAX_DEPTH);
    expect(count(copy)).toBeGreaterThan(MAX_COPIED_VALUES - MAX_DEPTH);
    expect(values[0]).toEqual(Array.isArray(inner) ? { i: 0, note: "[redacted]" } : "[redacted]");
    expect(JSON.stringify(copy)).not.toContain(SECRET);
  }
});

test("an SDK error's own properties each get the budget: a huge details does not cut its headers or requestId", () => {
  const own = new ConnectionError(`failed with ${SECRET}`, { cause: undefined });
  const extra = own as unknown as Record<string, unknown>;
  extra.details = Array.from({ length: MAX_COPIED_VALUES * 2 }, () => SECRET);
  extra.after = { requestId: "req_1", token: SECRET };
  redactOwnError(own, creds);
  expect(extra.after).toEqual({ requestId: "req_1", token: "[redacted]" });
  expect((extra.details as unknown[]).at(-1)).toBe(DROPPED);
});

test("the same object met twice (not a cycle) is dropped the second time, as a cycle is", () => {
  const shared = { note: SECRET };
  expect(scrubError({ a: shared, b: shared }, creds)).toEqual({ a: { note: "[redacted]" }, b: DROPPED });
});

test("a string over MAX_COPIED_STRING is cut before it is scrubbed, saying how much went; copying the copy keeps the note", () => {
  const long = `${SECRET} ${"x".repeat(MAX_COPIED_STRING * 3)}`;
  const once = scrubError({ long, [long.slice(0, MAX_COPIED_STRING * 2)]: 1 }, creds) as Record<string, unknown>;
  const cut = once.long as string;
  expect(cut.startsWith("[redacted] x")).toBe(true);
  expect(cut.endsWith(`…[+${long.length - MAX_COPIED_STRING} chars]`)).toBe(true);
  expect(cut.length).toBeLessThan(MAX_COPIED_STRING + 40);
  expect(Object.keys(once).every((k) => k.length < MAX_COPIED_STRING + 40)).toBe(true);
  const twice = scrubError(once, creds) as Record<string, unknown>;
  expect(twice.long).toBe(cut);
  const exact = "y".repeat(MAX_COPIED_STRING);
  expect(scrubError(exact, creds)).toBe(exact);
});
