// What createPayConnect and a per-request `signal` check says at the edges of each rule: the signal's duck type,
// scopes joined by spaces, `now`, `httpAgent` beside `fetch`, a loopback baseUrl. Written against the mutants the
// src/client Stryker run of 2026-12-01 left alive; each assertion is on the verdict or the hint a person acts on.
import { describe, expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { signalProblem } from "../../../src/client/options.js";
import { baseUrlProblem } from "../../../src/client/base-url.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

const make = (extra: Record<string, unknown>) => {
  const time = fakeTime();
  const api = fakeApi(() => ({ status: 200, body: payment }));
  return createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra } as never);
};
const message = (extra: Record<string, unknown>) => {
  try {
    make(extra);
  } catch (error) {
    expect(error).toBeInstanceOf(PayConnectError);
    return (error as Error).message;
  }
  throw new Error("accepted");
};
const listener = () => undefined;

describe("a per-request signal is judged by what the SDK uses of it", () => {
  test("an object with aborted, addEventListener and removeEventListener is a signal; missing any one is not", () => {
    const full = { aborted: false, addEventListener: listener, removeEventListener: listener };
    expect(signalProblem(full)).toBeUndefined();
    expect(signalProblem({ ...full, removeEventListener: undefined })).toMatch(/must be an AbortSignal/);
    expect(signalProblem({ ...full, aborted: "no" })).toMatch(/must be an AbortSignal/);
  });

  test("the controller hint only for an object that has a .signal", () => {
    expect(signalProblem(new AbortController())).toContain("pass the controller's .signal");
    expect(signalProblem({ aborted: false })).not.toContain("controller's");
    expect(signalProblem("abort")).toMatch(/got a string$/);
    expect(signalProblem(Object.assign(() => undefined, { signal: new AbortController().signal }))).not.toContain("controller's");
  });
});

describe("scope", () => {
  test("one entry holding several names: split them, and the split is shown when every word looks like a scope", () => {
    expect(message({ scope: ["payments.read", "payments.read  payments.write"] })).toContain('`scope[1]` holds several names separated by spaces: pass one name per entry, e.g. ["payments.read","payments.write"]');
  });

  test("the split is not shown when a word does not look like a scope name (it may be a pasted secret)", () => {
    expect(message({ scope: ["payments.read Sk_Live"] })).not.toContain("e.g.");
    expect(message({ scope: ["payments.read 1x"] })).not.toContain("e.g.");
    expect(message({ scope: ["payments.read payments.READ"] })).not.toContain("e.g.");
    expect(message({ scope: [`payments.read ${"a".repeat(41)}`] })).not.toContain("e.g.");
    expect(message({ scope: [`payments.read ${"a".repeat(40)}`] })).toContain(`e.g. ["payments.read","${"a".repeat(40)}"]`);
  });

  test("spaces around the joined names are not words", () => {
    expect(message({ scope: [" payments.read payments.write "] })).toContain('e.g. ["payments.read","payments.write"]');
  });

  test.each([
    ["one string, not an array", "payments.read payments.write"],
    ["an object whose text has spaces", [{ toString: () => "payments.read payments.write" }]],
    ["a name with a space only at its edge", [" payments.read"]],
    ["an empty name", ["payments.read", ""]],
    ["a name that is not a string", ["payments.read", 5]],
    ["no names", []],
  ])("%s: the scope rule", (_name, scope) => {
    expect(message({ scope })).toContain("`scope` must be a non-empty array of scope names");
  });
});

test.each([
  ["NaN", Number.NaN, "(NaN)"],
  ["a string", "1", "got a string"],
])("now() returning %s is refused when the client is made", (_name, value, said) => {
  expect(message({ now: () => value })).toContain(said);
});

test("fetch: null is named as null", () => {
  expect(message({ fetch: null })).toMatch(/`fetch` must be a fetch function, got null/);
});

test.each([
  ["beside a fetch", { httpAgent: { addRequest: listener } }, "got a `fetch` as well"],
  ["an object without addRequest", { httpAgent: {}, fetch: undefined }, "got an object without addRequest"],
  ["null", { httpAgent: null, fetch: undefined }, "got null"],
  ["a string", { httpAgent: "proxy", fetch: undefined }, "got a string"],
])("httpAgent %s", (_name, extra, said) => {
  expect(message(extra)).toContain(said);
});

describe("baseUrl: plain http only for this machine", () => {
  test.each(["http://127.10.20.30:4010", "http://127.0.0.1", "http://localhost:4010"])("%s is loopback", (url) => {
    expect(baseUrlProblem(url, false)).toBeUndefined();
  });
  test.each(["http://a127.0.0.1:4010", "http://127.0.0.1.example.com"])("%s is not", (url) => {
    expect(baseUrlProblem(url, false)).toBeDefined();
  });
  test("allowInsecureConnection is off unless given", () => {
    expect(baseUrlProblem("http://api.example.com")).toBeDefined();
  });
});
