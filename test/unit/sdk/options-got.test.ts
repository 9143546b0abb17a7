// An option createPayConnect refuses is named with what it got, where that is no secret: a log level from an
// env file (`PAYCONNECT_LOG=verbose`), a fractional retry count, a logger, fetch or agent of the wrong kind, a
// baseUrl that is no string (a URL object) or that repeats the API's path prefix (`…/v1`, from the docs).
import { expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { operations } from "../../../generated/operations.js";
import { SECRET } from "../../helpers/fake-api.ts";

function refusal(extra: Record<string, unknown>): string {
  try {
    createPayConnect({ secretKey: SECRET, ...extra } as never);
  } catch (error) {
    expect(error).toBeInstanceOf(PayConnectError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(extra)} was accepted`);
}

test("a logLevel that is no level is quoted, JSON-escaped and cut short", () => {
  expect(refusal({ logLevel: "verbose" })).toBe('createPayConnect: `logLevel` must be one of off, error, warn, info, debug; got "verbose"');
  const long = refusal({ logLevel: `debug\n${"x".repeat(500)}` });
  expect(long).toMatch(/; got "debug\\nxxxxxxxxxxxxxx…" \(506 characters\)$/);
  expect(refusal({ logLevel: 3 })).toMatch(/; got a number$/);
});

test.each([
  [{ maxRetries: 1.5 }, /`maxRetries` must be an integer, got 1\.5$/],
  [{ fetch: "https://api.payconnect.com" }, /`fetch` must be a fetch function, got a string$/],
  [{ httpAgent: {} }, /`httpAgent` must be a node:http Agent.*, got an object without addRequest$/],
  [{ logger: { error() {}, debug: "no" } }, /`logger` must have error, warn, info and debug methods \(console works\), got an object without warn, info, debug$/],
  [{ logger: "console" }, /`logger` must have .*, got a string$/],
])("%j: the refusal says what it got", (extra, expected) => {
  expect(refusal(extra)).toMatch(expected);
});

test.each([
  [new URL("https://api.payconnect.com"), /`baseUrl` must be a string, e\.g\. "https:\/\/api\.payconnect\.com"; for a URL object pass String\(url\) or url\.href$/],
  [443, /`baseUrl` must be a string, e\.g\. "https:\/\/api\.payconnect\.com", got a number$/],
])("a baseUrl that is no string (%s) is refused with what to pass", (baseUrl, expected) => {
  expect(refusal({ baseUrl })).toMatch(expected);
});

// The prefix every operation path of the spec shares (`/v1` today), read from the generated table.
const prefix = `/${Object.values(operations).map((op) => op.path.split("/")[1]).find(Boolean)}`;
test.each([`https://api.payconnect.com${prefix}`, `https://api.payconnect.com${prefix}/`, `http://127.0.0.1:4010/pc${prefix}`])(
  "a baseUrl ending in the API's path prefix (%s) is refused: every path would repeat it",
  (baseUrl) => {
    expect(Object.values(operations).every((op) => op.path.startsWith(`${prefix}/`))).toBe(true);
    const message = refusal({ baseUrl });
    expect(message).toContain(`\`baseUrl\` ends with ${prefix}, which every API path starts with`);
    expect(message).toMatch(/pass the API root, e\.g\. https:\/\/api\.payconnect\.com$/);
  },
);

test("a baseUrl with the prefix elsewhere in its path is accepted", () => {
  expect(() => createPayConnect({ secretKey: SECRET, baseUrl: `https://proxy.example${prefix}x` })).not.toThrow();
  expect(() => createPayConnect({ secretKey: SECRET, baseUrl: `https://proxy.example${prefix}/pc` })).not.toThrow();
});

// Values from an env file or a config loader arrive as strings: "false" must not read as "on".
test.each(["validateRequests", "allowInsecureConnection"])("%s that is no boolean is refused, however truthy or falsy", (name) => {
  for (const value of ["false", "true", 0, 1, {}]) {
    expect(refusal({ [name]: value })).toMatch(new RegExp(`^createPayConnect: \`${name}\` must be true or false \\(default (true|false)\\), got (a|an) `));
  }
});

test.each([
  [{ timeoutMs: "5000" }, /`timeoutMs` must be a number of milliseconds from 1 to \d+, got a string$/],
  [{ totalTimeoutMs: "5000" }, /`totalTimeoutMs` must be a number of milliseconds from 1 to \d+, got a string$/],
  [{ timeoutMs: 0 }, /`timeoutMs` must be a number of milliseconds from 1 to \d+, got 0$/],
  [{ maxRetries: "2" }, /`maxRetries` must be a finite number ≥ 0, got a string$/],
  [{ tokenRefreshMarginSec: "60" }, /`tokenRefreshMarginSec` must be a finite number ≥ 0, got a string$/],
  [{ maxRetries: -1 }, /`maxRetries` must be a finite number ≥ 0, got -1$/],
])("%j: a number option given as a string says it got a string", (extra, expected) => {
  expect(refusal(extra)).toMatch(expected);
});
