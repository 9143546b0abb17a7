// The Stryker ignorer behind `npm run mutation`: message text is skipped, logic strings are not. Runs the
// plugin over small TypeScript snippets parsed with Babel (the parser Stryker itself uses).
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
// @ts-expect-error — plain ESM plugin file, loaded by Stryker as is
import { strykerPlugins } from "../../../scripts/mutation/message-text-ignorer.mjs";

const require = createRequire(import.meta.url);
// Stryker's instrumenter depends on @babel/core; the SDK itself does not.
const babel = require("@babel/core") as {
  parseSync(code: string, options: object): unknown;
  traverse(ast: unknown, visitors: { enter(path: { node: { start: number; end: number }; skip(): void }): void }): void;
};
const ignorer = strykerPlugins[0].value as { shouldIgnore(path: unknown): string | undefined };

/** The source text of every node the ignorer skips (a skipped node's children are skipped with it). */
function ignored(code: string): string[] {
  const ast = babel.parseSync(code, { filename: "snippet.ts", configFile: false, babelrc: false, parserOpts: { plugins: ["typescript"] } });
  const out: string[] = [];
  babel.traverse(ast, {
    enter(path) {
      if (ignorer.shouldIgnore(path) !== undefined) {
        out.push(code.slice(path.node.start, path.node.end));
        path.skip();
      }
    },
  });
  return out;
}

describe("ignored: text that only forms an error message", () => {
  test.each([
    ["the message of new …Error()", 'throw new PayConnectError("pass an options object");', ['"pass an options object"']],
    ["a template message", "throw new TypeError(`bad ${x} here`);", ["`bad ${x} here`"]],
    ["a message concatenated from literals", 'throw new Error("a " + `b ${c}` + "d");', ['"a " + `b ${c}` + "d"']],
    ["the message after a reason code", 'throw new WebhookVerificationError("missing_header", "No header.");', ['"No header."']],
    ["the message before an options object", "new ConnectionError(`could not reach ${o}`, { cause });", ["`could not reach ${o}`"]],
    ["a message helper's argument", 'if (x) fail("`maxRetries` must be an integer"); throw malformed("no t");', ['"`maxRetries` must be an integer"', '"no t"']],
    ["the message property of an error body", 'new AuthenticationError(401, { code: c, message: "rejected " + "key" }, h);', ['"rejected " + "key"']],
    ["super() in an Error class", "class XError extends Error { constructor() { super(`x ${y}`); } }", ["`x ${y}`"]],
  ])("%s", (_name, code, expected) => {
    expect(ignored(code)).toEqual(expected);
  });
});

describe("kept: strings that are logic", () => {
  test.each([
    ["a reason code", 'throw new WebhookVerificationError("missing_header", why);'],
    ["an error class name", 'class ApiError extends Error { override name = "ApiError"; }'],
    ["a header name", 'headers["idempotency-key"] = key;'],
    ["a JSON key and value", 'const body = JSON.stringify({ scope: scope.join(" ") });'],
    ["a code in an error body", 'new AuthenticationError(401, { code: "unknown_error" }, h);'],
    ["a message built in a variable", "const what = `a ${typeof h}`; throw new Error(what);"],
    ["a string mixed with logic in the message", 'throw new Error("a" + (x ? "b" : "c"));'],
    ["an ordinary call's argument", 'log("something happened"); abort(new Error(reason));'],
    ["super() outside an Error class", 'class Box extends Base { constructor() { super("payload"); } }'],
  ])("%s", (_name, code) => {
    expect(ignored(code)).toEqual([]);
  });
});
