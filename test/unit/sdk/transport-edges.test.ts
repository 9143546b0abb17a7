// Edges of the transport core and the token cache that the rest of the suite crosses only from far away:
// a late 401 for a token already replaced, how many earlier tokens are still scrubbed, what a finished call
// leaves behind on the caller's signal, a closed client, and the attempt count in a ConnectionError.
// Written against the mutants a Stryker run left alive.
import { getEventListeners } from "node:events";
import { describe, expect, test } from "vitest";
import { ConnectionError, PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { scrubError } from "../../../src/transport/scrub-error.js";
import { SECRET, type Reply, errorReply, fakeApi, fakeTime, payment, tokenReply } from "../../helpers/fake-api.ts";

const ok = (): Reply => ({ status: 200, body: payment });

function client(api: ReturnType<typeof fakeApi>, extra = {}) {
  const time = fakeTime();
  return createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, ...extra });
}

describe("the token cache", () => {
  test("a late 401 for a token already replaced does not drop its replacement", async () => {
    // Calls A and B both carry token 1. A's 401 arrives first: A refreshes to token 2 and succeeds. B's 401
    // (for token 1) arrives only then; B resends with token 2 — no third token request.
    let releaseB!: () => void;
    const bGate = new Promise<void>((resolve) => (releaseB = resolve));
    const api = fakeApi(async (req, i) => {
      if (req.headers.authorization === "Bearer pat_one_abcdefghij") {
        if (i === 1) await bGate;
        return errorReply(401, "unauthorized");
      }
      return ok();
    }, (_r, i) => tokenReply(["pat_one_abcdefghij", "pat_two_abcdefghij", "pat_three_abcdefghij"][i]));
    const pc = client(api);
    const a = pc.getPayment(payment.id);
    const b = pc.getPayment(payment.id);
    await a;
    releaseB();
    await b;
    expect(api.tokenRequests).toHaveLength(2);
    expect(api.apiRequests.map((r) => r.headers.authorization)).toEqual(["Bearer pat_one_abcdefghij", "Bearer pat_one_abcdefghij", "Bearer pat_two_abcdefghij", "Bearer pat_two_abcdefghij"]);
  });

  test("the last four access tokens are scrubbed from error text; older ones are forgotten", async () => {
    const tokens = ["pat_t1", "pat_t2", "pat_t3", "pat_t4", "pat_t5"].map((t) => `${t}_abcdefghijk`);
    // Calls 1–4: the first attempt gets a 401, so the client fetches the next token and resends. Call 5
    // gets a 400 whose message echoes all five tokens.
    const api = fakeApi(
      (_r, i) =>
        i >= 8 ? { status: 400, body: { error: { code: "invalid_request", message: `saw ${tokens.join(" ")}` } } }
        : i % 2 === 0 ? errorReply(401, "unauthorized")
        : ok(),
      (_r, i) => tokenReply(tokens[i]),
    );
    const pc = client(api);
    for (let n = 0; n < 4; n++) await pc.getPayment(payment.id);
    expect(api.tokenRequests).toHaveLength(5);
    const error = (await pc.getPayment(payment.id).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ status: 400 });
    expect(error.message).toContain(tokens[0]);
    for (const token of tokens.slice(1)) expect(error.message).not.toContain(token);
    expect(error.message.match(/\[redacted\]/g)).toHaveLength(4);
  });
});

describe("what a call leaves behind", () => {
  test("a finished call removes its abort listener from the caller's signal", async () => {
    const controller = new AbortController();
    const pc = client(fakeApi(ok));
    await pc.getPayment(payment.id, { signal: controller.signal });
    await pc.getPayment(payment.id, { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("a failed call removes its abort listener too", async () => {
    const controller = new AbortController();
    const pc = client(fakeApi(() => errorReply(404, "not_found")));
    await expect(pc.getPayment(payment.id, { signal: controller.signal })).rejects.toMatchObject({ status: 404 });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  test("a closed client sends nothing and says so; close() twice is fine", async () => {
    const api = fakeApi(ok);
    const pc = client(api);
    await pc.getPayment(payment.id);
    pc.close();
    pc.close();
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toMatch(/close\(\)/);
    expect(api.requests).toHaveLength(2);
  });
});

describe("ConnectionError names the attempts", () => {
  test.each([
    [0, 1],
    [1, 2],
    [3, 4],
  ])("maxRetries %i: %i attempt(s), counted in the message only when more than one", async (maxRetries, attempts) => {
    const api = fakeApi(() => new TypeError("fetch failed"));
    const error = (await client(api, { maxRetries }).getPayment(payment.id).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(api.apiRequests).toHaveLength(attempts);
    if (attempts > 1) expect(error.message).toContain(`(${attempts} attempts)`);
    else expect(error.message).not.toMatch(/attempts?\)/);
    expect(error.message).toContain(`GET /v1/payments/${payment.id}`);
  });

  test("the cause's code is quoted, from the error or its cause", async () => {
    const direct = Object.assign(new Error("connect refused"), { code: "ECONNREFUSED" });
    const nested = new TypeError("fetch failed", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) });
    for (const [cause, code] of [[direct, "ECONNREFUSED"], [nested, "ECONNRESET"]] as const) {
      const error = (await client(fakeApi(() => cause), { maxRetries: 0 }).getPayment(payment.id).catch((e: unknown) => e)) as Error;
      expect(error.message).toContain(`(${code})`);
    }
  });
});

describe("scrubError", () => {
  test("a cause chain that loops back on itself is scrubbed without overflowing the stack", () => {
    const error = new Error(`failed with ${SECRET}`) as Error & { cause?: unknown };
    error.cause = error;
    const scrubbed = scrubError(error, [SECRET]) as Error;
    expect(scrubbed.message).toBe("failed with [redacted]");
    expect(scrubbed).toBeInstanceOf(Error);
  });

  test("an Error kept under another property is scrubbed as well, and an error without credentials comes back as an equal copy", () => {
    const inner = new Error(`inner ${SECRET}`);
    const outer = Object.assign(new Error("outer"), { original: inner });
    const scrubbed = scrubError(outer, [SECRET]) as Error & { original: Error };
    expect(scrubbed.original.message).toBe("inner [redacted]");
    expect(scrubbed).not.toBe(outer);
    // A foreign error is never handed on itself (it may hold the request where no scrubber looks): a copy is.
    const clean = new TypeError("nothing secret");
    const copy = scrubError(clean, [SECRET]) as Error;
    expect(copy).not.toBe(clean);
    expect(copy).toBeInstanceOf(TypeError);
    expect(copy.message).toBe(clean.message);
    expect(scrubError(`text ${SECRET}`, [SECRET, ""])).toBe("text [redacted]");
  });
});
