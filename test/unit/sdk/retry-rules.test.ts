// Which 409s are retried comes from the spec (`x-retryable` on the error code schema), and a Retry-After
// the SDK cannot read falls back to the backoff instead of meaning "retry at once".
import { describe, expect, test } from "vitest";
import { ConflictError, createPayConnect } from "../../../src/entry/node.js";
import { isRetryAfter, retryAfterMs, retryDelayMs } from "../../../src/transport/retry-timing.js";
import { errorCode, shouldRetry } from "../../../src/transport/retry-policy.js";
import { type JsonObject, deref, loadSpec, resolvePointer } from "../../../scripts/lib/spec.ts";
import { retryableCodes } from "../../../scripts/gen/errors.ts";
import { SECRET, type Reply, errorReply, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";
import { specPath } from "../../helpers/paths.ts";
import { requestExample } from "../../helpers/spec-examples.ts";

const spec = loadSpec(specPath);
// The schema of `error.code` in the spec's error body, wherever it is declared.
const errorSchema = deref(spec, resolvePointer(spec, "#/components/schemas/Error")) as JsonObject;
const errorFields = (deref(spec, (errorSchema.properties as JsonObject).error as JsonObject) as JsonObject).properties as JsonObject;
const codeNode = deref(spec, errorFields.code as JsonObject) as JsonObject;
const allCodes = codeNode.enum as string[];
const retryable = (codeNode["x-retryable"] ?? []) as string[];
const final = allCodes.filter((c) => !retryable.includes(c));

describe("409 retries follow the spec's x-retryable", () => {
  test("the spec declares which codes are retryable, each a known code", () => {
    expect(Array.isArray(codeNode["x-retryable"])).toBe(true);
    for (const code of retryable) expect(allCodes).toContain(code);
    expect(final).toContain("idempotency_conflict");
  });

  test("the generator refuses an x-retryable code that is not in the enum, naming it", () => {
    const broken = structuredClone(spec);
    const schemas = (broken.components as JsonObject).schemas as JsonObject;
    const name = Object.keys(schemas).find((key) => (schemas[key] as JsonObject)["x-retryable"] !== undefined)!;
    (schemas[name] as JsonObject)["x-retryable"] = [...retryable, "no_such_code"];
    expect(() => retryableCodes(broken)).toThrow(/no_such_code/);
    expect(retryableCodes(spec).sort()).toEqual([...retryable].sort());
  });

  const body = requestExample("createPayment");
  const attemptsFor = async (code: string) => {
    const api = fakeApi((_r, i) => (i === 0 ? errorReply(409, code) : ({ status: 201, body: payment } as Reply)));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
    const result = await pc.createPayment(body).then(() => "ok", (e: unknown) => e);
    return { attempts: api.apiRequests.length, result };
  };

  test.each(final)("a 409 %s is final: one attempt, ConflictError", async (code) => {
    const { attempts, result } = await attemptsFor(code);
    expect(attempts).toBe(1);
    expect(result).toBeInstanceOf(ConflictError);
  });

  test.each(retryable)("a 409 %s is retried", async (code) => {
    const { attempts, result } = await attemptsFor(code);
    expect(attempts).toBe(2);
    expect(result).toBe("ok");
  });

  test("a 409 with a code this SDK does not know is final", async () => {
    const { attempts } = await attemptsFor("some_future_conflict");
    expect(attempts).toBe(1);
  });
});

test.each([
  ["not json", undefined],
  ["null", undefined],
  ['{"error":null}', undefined],
  ['{"error":{"code":409}}', undefined],
  ['{"error":{"code":"x"}}', "x"],
])("the error code of a 409 body %j is %j (only a string is a code)", (body, code) => {
  expect(errorCode(body)).toBe(code);
});

describe("Retry-After", () => {
  const now = Date.parse("2026-11-29T12:00:00Z");
  test.each([
    ["soon 1"], ["-1"], ["1 2"], [""], ["   "], ["1e3"], ["0x10"], ["Infinity"], ["1,5"], ["+3"],
    [new Date(now - 5_000).toUTCString()], // an HTTP date in the past
    [new Date(now).toUTCString()], // now: no information about how long to wait
    ["Sun, 29 Nov 2026 12:00:05"], // not an HTTP date (no GMT)
    ["2026-11-29T12:00:05Z"], // ISO, not an HTTP date
    // An HTTP date in the future with text before or after it (Date.parse would read both).
    [`x${new Date(now + 5_000).toUTCString()}`],
    [`${new Date(now + 5_000).toUTCString()} 5`],
  ])("%j is not understood: the backoff applies", (header) => {
    expect(retryAfterMs(header, now)).toBeUndefined();
    const delay = retryDelayMs(0, header, now, () => 0);
    expect(delay).toBe(retryDelayMs(0, undefined, now, () => 0));
  });

  test.each([
    ["0", 0],
    ["2", 2_000],
    ["60", 60_000],
    [" 7 ", 7_000],
    [new Date(now + 5_000).toUTCString(), 5_000],
  ])("%j waits %i ms", (header, ms) => {
    expect(retryAfterMs(header, now)).toBe(ms);
  });

  test("over 60 s is not a wait the SDK takes", () => {
    expect(retryAfterMs("61", now)).toBeUndefined();
  });

  // Retrying at once (the backoff) when the server asked for minutes only spends the rate budget: the answer is
  // the caller's, with retryAfterSec.
  test.each([
    [429, "rate_limited", (_now: number) => "120"],
    [503, "internal_error", (_now: number) => "61"],
    [429, "rate_limited", (now: number) => new Date(now + 300_000).toUTCString()],
  ])("a %i %s asking for more than 60 s is not retried: the call fails at once with it", async (status, code, retryAfter) => {
    const time = fakeTime();
    const api = fakeApi(() => errorReply(status, code, { "retry-after": retryAfter(time.now()) }));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toMatchObject({ status });
    expect((error as { retryAfterSec?: number }).retryAfterSec ?? 61).toBeGreaterThan(60);
    expect(api.apiRequests).toHaveLength(1);
    expect(time.sleeps).toEqual([]);
  });

  // isRetryAfter judges a server (the conformance check of a 429): is the header one RFC 9110 allows, whatever it
  // asks for? Past dates and long waits are allowed; anything the SDK would not understand is not.
  test.each([
    ["0"], ["61"], [" 7 "], ["86400"],
    [new Date(now - 5_000).toUTCString()],
    [new Date(now + 5_000).toUTCString()],
  ])("%j is a Retry-After RFC 9110 allows", (header) => {
    expect(isRetryAfter(header)).toBe(true);
  });

  test.each([
    [undefined], [""], ["   "], ["soon 1"], ["-1"], ["1e3"], ["+3"], ["2026-11-29T12:00:05Z"],
    ["Sun, 29 Nov 2026 12:00:05"],
    ["Sun, 29 Foo 2026 12:00:05 GMT"], // the shape of an HTTP date, but no such month
    [`x${new Date(now + 5_000).toUTCString()}`],
    [`${new Date(now + 5_000).toUTCString()} 5`],
  ])("%j is not a Retry-After", (header) => {
    expect(isRetryAfter(header)).toBe(false);
  });
});

describe("which methods are resent without an Idempotency-Key", () => {
  // RFC 9110 §9.2.2: PUT, DELETE and the safe methods are idempotent; any other (POST, PATCH, a WebDAV or a
  // custom method) may already have taken effect after a 5xx or a lost answer (pc.raw can send any of them).
  test.each([
    ["GET", true], ["HEAD", true], ["OPTIONS", true], ["PUT", true], ["DELETE", true],
    ["TRACE", true], ["POST", false], ["PATCH", false], ["patch", false], ["LOCK", false], ["PURGE", false], ["MKCOL", false],
  ])("%s: retried after a 503 without a key: %s; with a key: always", (method, retried) => {
    const outcome = { kind: "response", status: 503 } as const;
    expect(shouldRetry({ outcome, method, repeatable: false, retriesSoFar: 0, maxRetries: 2 })).toBe(retried);
    expect(shouldRetry({ outcome, method, repeatable: true, retriesSoFar: 0, maxRetries: 2 })).toBe(true);
  });

  test("pc.raw.PATCH without a key is sent once after a 500; with one, it is retried", async () => {
    const api = fakeApi(() => errorReply(500, "internal_error"));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
    const path = `/v1/payments/${payment.id}` as never;
    await pc.raw.PATCH(path, { params: { path: { payment_id: payment.id } } } as never);
    expect(api.apiRequests).toHaveLength(1);
    await pc.raw.PATCH(path, { params: { path: { payment_id: payment.id } }, headers: { "Idempotency-Key": "k-patch-1" } } as never);
    expect(api.apiRequests).toHaveLength(4);
  });

  test("a PATCH without a key that lost its connection says why it was not retried", async () => {
    const api = fakeApi(() => new Error("socket hang up"));
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch });
    const error = await pc.raw.PATCH(`/v1/payments/${payment.id}` as never, { params: { path: { payment_id: payment.id } } } as never).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/It was not retried: without an Idempotency-Key a PATCH could take effect twice\./);
    expect(api.apiRequests).toHaveLength(1);
  });
});
