// Client options and response bodies at their edges: a secret key of spaces, an httpAgent of null, a body of
// exactly the length an error message shows, a spec that writes its status range in lower case. Written
// against mutants a Stryker run of src/client left alive.
import { expect, test } from "vitest";
import { PayConnectError, UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { SHOWN_CHARS, successBody } from "../../../src/client/parse-response.js";

test("a secret key of spaces is no key", () => {
  expect(() => createPayConnect({ secretKey: "   " })).toThrow(/`secretKey` is required/);
});

test("httpAgent null is refused with the agent rule, not a TypeError", () => {
  expect(() => createPayConnect({ secretKey: "sk_test_x", httpAgent: null as never })).toThrow(PayConnectError);
  expect(() => createPayConnect({ secretKey: "sk_test_x", httpAgent: null as never })).toThrow(/`httpAgent` must be a node:http Agent/);
});

const response = (body: string, status = 200) => ({ status, headers: {}, body });
const same = (text: string) => text;

test.each([["2XX"], ["2xx"], ["200"]])("an empty body where the spec documents none (%s) is no body", (range) => {
  expect(successBody(response(""), "GET /v1/x", [range], same)).toBeUndefined();
});

test("a non-JSON body is shown whole up to the limit, cut with an ellipsis beyond it", () => {
  const error = (body: string) => {
    try {
      successBody(response(body), "GET /v1/x", [], same);
    } catch (e) {
      return e as Error;
    }
    throw new Error("expected an error");
  };
  const exact = "x".repeat(SHOWN_CHARS);
  expect(error(exact)).toBeInstanceOf(UnexpectedResponseError);
  expect(error(exact).message).toContain(JSON.stringify(exact));
  expect(error(exact + "y").message).toContain(JSON.stringify(`${exact}…`));
});
