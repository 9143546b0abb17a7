// How the transport core ends a call that gets a final error answer: a 401 to the token exchange itself (the
// secret key is wrong) is not resent as if an access token had expired, and every call that fails for good
// logs one error line: a 5xx or a 429 it gave up on, and a 4xx it did not retry (the call throws all the same).
import { describe, expect, test } from "vitest";
import { ApiError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

type Line = { level: string; message: string };
function capture() {
  const lines: Line[] = [];
  const at = (level: string) => (message: string) => lines.push({ level, message });
  return { lines, logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") } };
}

test("a 401 to the token exchange fails the call after one token request (no refresh-and-resend)", async () => {
  const api = fakeApi(() => ({ status: 200, body: payment }), () => errorReply(401, "unauthorized"));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 3 });
  await expect(pc.getPayment(payment.id)).rejects.toBeInstanceOf(ApiError);
  expect(api.tokenRequests).toHaveLength(1);
  expect(api.apiRequests).toHaveLength(0);
});

describe("the error log line of a call that gives up", () => {
  async function finalAnswer(status: number, code: string) {
    const { lines, logger } = capture();
    const api = fakeApi(() => errorReply(status, code, { "retry-after": "1" }));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, maxRetries: 1, logger, logLevel: "debug" });
    await expect(pc.getPayment(payment.id)).rejects.toBeInstanceOf(ApiError);
    return lines.filter((l) => l.level === "error").map((l) => l.message);
  }

  test.each([[500, "internal_error"], [429, "rate_limited"]])("%d after the last retry: one error line naming the attempts", async (status, code) => {
    const errors = await finalAnswer(status, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`failed after 2 attempt\\(s\\): HTTP ${status}`));
  });

  test("404: one error line, after the one attempt (a 404 is not retried)", async () => {
    const errors = await finalAnswer(404, "not_found");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/failed after 1 attempt\(s\): HTTP 404/);
  });
});
