// Per-attempt timeouts and caller aborts (injected fetch; the real-socket versions are in test/integration).
import { describe, expect, test } from "vitest";
import { TimeoutError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";

const hang = () => new Promise<never>(() => {});

describe("timeouts and aborts", () => {
  test("a hung attempt times out, is retried, and ends in TimeoutError with a cause", async () => {
    const api = fakeApi(hang);
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep, timeoutMs: 25 });
    const error = await pc.getPayment(payment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/timed out after 25 ms \(3 attempts\)/);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(api.apiRequests).toHaveLength(3);
  });

  test("timeoutMs per request overrides the client's", async () => {
    const api = fakeApi(hang);
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, sleep: fakeTime().sleep, maxRetries: 0 });
    await expect(pc.getPayment(payment.id, { timeoutMs: 10 })).rejects.toBeInstanceOf(TimeoutError);
  });

  test("the caller's abort ends the call at once, with no retry", async () => {
    const api = fakeApi(hang);
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, sleep: fakeTime().sleep });
    const controller = new AbortController();
    const call = pc.getPayment(payment.id, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(api.apiRequests).toHaveLength(1);
  });

  test("an already-aborted signal sends nothing", async () => {
    const api = fakeApi(hang);
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch });
    await expect(pc.getPayment(payment.id, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: "AbortError" });
    expect(api.requests).toHaveLength(0);
  });

  test("an abort during the backoff wait stops the retries", async () => {
    const api = fakeApi(() => ({ status: 503, body: { error: { code: "internal_error", message: "x", docs_url: "https://x" } } }));
    const controller = new AbortController();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch });
    const call = pc.getPayment(payment.id, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 50)); // first attempt done, now waiting ~0.5 s to retry
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
    expect(api.apiRequests).toHaveLength(1);
  });
});
