// Percent-encoding a path segment cannot decode (a truncated UTF-8 sequence, a lone surrogate) is bad input:
// the API, the confirmation page and the controls each answer it as not found, in their own format.
import { expect, test } from "vitest";
import { errorStatus } from "../../generated/server-table.ts";
import { useSandbox } from "./use-sandbox.ts";

const s = useSandbox();
const BAD = ["%E0%A4%A", "%ED%A0%80", "%", "pay_%FF"];

test.each(BAD)("the confirmation page for /checkout/%s is its not-found page", async (segment) => {
  const res = await fetch(`${s.sandbox.url}/checkout/${segment}`);
  expect(res.status).toBe(404);
  expect(res.headers.get("content-type")).toMatch(/^text\/html/);
});

test.each(BAD)("a control with %s as its path parameter answers with the error envelope", async (segment) => {
  for (const [method, path] of [
    ["POST", `payments/${segment}/complete`],
    ["POST", `events/${segment}/resend`],
  ] as const) {
    const res = await fetch(`${s.sandbox.url}/_sandbox/${path}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify({ outcome: "succeeded" }) });
    expect(res.status).toBe(errorStatus.not_found);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  }
});
