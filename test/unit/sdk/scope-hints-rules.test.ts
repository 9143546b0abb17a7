// The rules of src/auth/scope-hints.ts, one function at a time, with an `isScope` of the test's own (which
// names are scopes is the spec's to say; token-scope.test.ts covers that end to end through a real server).
// What is quoted from an option entry, singular or plural, how a 403's explanation is split into words, and that
// the hint keeps the error's class, status, code and details.
import { describe, expect, test } from "vitest";
import { forbiddenScopeError, scopeOptionProblem, tokenRequestError } from "../../../src/auth/scope-hints.js";
import { ApiError, BadRequestError, PermissionDeniedError } from "../../../src/errors.js";

const scopes = new Set(["pay.read", "pay.write", "refund.write"]);
const isScope = (value: string) => scopes.has(value);
const problem = (scope: string[]) => scopeOptionProblem(scope, isScope, "tokenOp")!;

describe("scopeOptionProblem", () => {
  test("a valid option has no problem", () => {
    expect(scopeOptionProblem([...scopes], isScope, "tokenOp")).toBeUndefined();
    expect(scopeOptionProblem([], isScope, "tokenOp")).toBeUndefined();
  });

  test("one bad entry is singular, two are plural, each named by its index", () => {
    expect(problem(["pay.read", "pay.wirte"])).toMatch(/^`scope\[1\]` \("pay\.wirte"\) is not a scope the API documents: .* of tokenOp's request/);
    expect(problem(["pay.wirte", "pay.read", "refund.wirte"])).toMatch(/^`scope\[0\]` \("pay\.wirte"\), `scope\[2\]` \("refund\.wirte"\) are not scopes /);
  });

  test.each([
    ["a name that is only part of the entry (text before it)", "x pay.wirte"],
    ["a name that is only part of the entry (text after it)", "pay.wirte x"],
    ["an undotted word", "payments"],
    ["upper case", "Pay.Read"],
    ["a name of 41 characters", `pay.${"w".repeat(37)}`],
  ])("%s is named by index only, never quoted", (_what, entry) => {
    const message = problem([entry]);
    expect(message).toMatch(/^`scope\[0\]` is not a scope/);
    expect(message).not.toContain(entry);
  });

  test("a scope-like name of 40 characters is quoted", () => {
    const entry = `pay.${"w".repeat(36)}`;
    expect(entry).toHaveLength(40);
    expect(problem([entry])).toContain(`(${JSON.stringify(entry)})`);
  });
});

const forbidden = (message: string, code = "forbidden") =>
  ApiError.generate(403, JSON.stringify({ error: { code, message } }), { "x-request-id": "req_1", "sl-violations": "[]" }) as PermissionDeniedError;

describe("forbiddenScopeError", () => {
  test("an error that is not the spec's forbidden is returned as it is", () => {
    const error = forbidden("Needs pay.write", "not_forbidden");
    expect(forbiddenScopeError(error, [], isScope)).toBe(error);
  });

  test("scopes named anywhere in the explanation, quoted, comma'd or at a sentence's end, each once, those held left out", () => {
    const error = forbidden(`Needs 'pay.write',refund.write; held: pay.read. Again: pay.write.`);
    const hinted = forbiddenScopeError(error, ["pay.read"], isScope);
    expect(hinted.message).toContain(`Add "pay.write" and "refund.write" to the \`scope\` option of createPayConnect (now ["pay.read"]).`);
  });

  test("a word that only contains a scope name is not that scope", () => {
    const hinted = forbiddenScopeError(forbidden("Needs xpay.write and pay.writes"), [], isScope);
    expect(hinted.message).not.toContain("Add ");
    expect(hinted.message).toContain("Check the `scope` option of createPayConnect (now []) and what the secret key may use.");
  });

  test("the hint keeps class, status, code, request id and details, and follows the server's sentence with one full stop", () => {
    for (const said of ["No access", "No access."]) {
      const error = forbidden(said);
      const hinted = forbiddenScopeError(error, ["pay.read"], isScope);
      expect(hinted).toBeInstanceOf(PermissionDeniedError);
      expect([hinted.status, hinted.code, hinted.requestId, hinted.details, hinted.headers]).toEqual([403, "forbidden", "req_1", [], error.headers]);
      expect(hinted.explanation).toMatch(/^No access\. Check /);
    }
  });
});

describe("tokenRequestError", () => {
  const bad = (error: object) => ApiError.generate(400, JSON.stringify({ error }), {}) as BadRequestError;

  test.each([
    ["invalid_request", { code: "invalid_request", message: "Bad." }, true],
    ["any code pointing at /scope", { code: "other", message: "Bad.", param: "/scope" }, true],
    ["another code at another field", { code: "other", message: "Bad.", param: "/amount" }, false],
  ])("%s: about the scope %s", (_what, body, hinted) => {
    const error = bad(body);
    const result = tokenRequestError(error, ["pay.read"], "tokenOp, POST /t");
    expect(result).not.toBe(error);
    expect(result).toBeInstanceOf(BadRequestError);
    expect(result).toMatchObject({ status: 400, code: error.code, param: error.param });
    expect(result.explanation).toBe(hinted
      ? `Bad. From the access token request (tokenOp, POST /t): check the \`scope\` option of createPayConnect (now ["pay.read"]).`
      : "Bad. From the access token request (tokenOp, POST /t): the call could not get an access token.");
  });
});

describe("a hostile 403's explanation", () => {
  // Trimming a word's trailing dots with /\.+$/ was quadratic in a run of dots not at the end: 80 KB took 3.4 s,
  // 1 MiB would take hours. Only words as long as a scope name can be are looked at.
  test("a megabyte-long word of dots is not a scope, and is passed over at once", () => {
    const word = `${".".repeat(1 << 20)}x`;
    const hinted = forbiddenScopeError(forbidden(`Needs ${word} pay.write.`), [], isScope);
    expect(hinted.message).toContain(`Add "pay.write" to the`);
  });
});
