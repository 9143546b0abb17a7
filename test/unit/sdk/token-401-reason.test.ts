// A 401 from the token exchange keeps the server's own reason in the SDK's message (e.g. a local sandbox saying
// which key to use), exactly once and without the request id's suffix, whether or not the answer had a request
// id, over several lines, and says nothing in parentheses when the server gave no reason.
import { expect, test } from "vitest";
import { AuthenticationError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, type Reply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

const ok = (): Reply => ({ status: 200, body: payment });
const rejected = (message: string, headers: Record<string, string>): Reply => ({
  status: 401, headers, body: { error: { code: "invalid_secret_key", message, docs_url: "https://docs.payconnect.com/errors#invalid_secret_key" } },
});

async function tokenFailure(reply: Reply, api = fakeApi(ok, () => reply)): Promise<AuthenticationError> {
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
  const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AuthenticationError);
  return error as AuthenticationError;
}

test.each([
  ["with a request id", { "x-request-id": "req_401abc" }],
  ["without a request id", {}],
])("the server's reason is quoted once, its final period dropped (%s)", async (_what, headers) => {
  const reason = "Key not known. Use the key this sandbox printed when it started (sk_test_…)";
  const error = await tokenFailure(rejected(`${reason}.`, headers));
  expect(error.message).toContain(`: PayConnect rejected the secret key (${reason}). Check \`secretKey\``);
  // The request id appears once, as the suffix every API error has, not inside the quoted reason.
  expect(error.message.split("request id")).toHaveLength(headers["x-request-id" as keyof typeof headers] ? 2 : 1);
  expect(error.message.split(reason)).toHaveLength(2);
  expect([error.status, error.code, error.requestId]).toEqual([401, "invalid_secret_key", (headers as Record<string, string>)["x-request-id"]]);
});

test("a reason over several lines is kept whole", async () => {
  const error = await tokenFailure(rejected("first line\nsecond line", { "x-request-id": "req_2" }));
  expect(error.message).toContain("(first line\nsecond line). Check");
});

test("a 401 that is not PayConnect's (no error envelope) names the token request and where it went", async () => {
  const api = fakeApi(ok, () => ({ status: 401, raw: "Unauthorized", headers: { "content-type": "text/plain" } }));
  const error = await tokenFailure({ status: 401 }, api);
  expect(error.message).toContain(`POST ${api.tokenRequests[0]!.path}) got HTTP 401 from https://`);
});

test("no reason from the server: no empty parentheses", async () => {
  const error = await tokenFailure(rejected("", { "x-request-id": "req_3" }));
  expect(error.message).toContain(": PayConnect rejected the secret key. Check `secretKey`");
});
