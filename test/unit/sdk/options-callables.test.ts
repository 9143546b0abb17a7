// Options that are called later — the client's `now` and `sleep`, a call's `signal` — are checked when they are
// given, by name, before anything is sent: not as a TypeError from inside the transport, or after requests
// already went out. A signal is judged by what the SDK uses of it, so one from another realm or a polyfill works.
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { PayConnectError, ValidationError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, payment } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();
const sent = () => server.requests.length + server.tokenRequests.length;

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("client options now and sleep", () => {
  test.each([
    ["now", "x", /`now` must be a function returning the time in milliseconds/],
    ["now", 1_700_000_000_000, /`now` must be a function/],
    ["now", () => new Date(), /`now` must return a number of milliseconds \(like Date\.now\), got an object/],
    ["now", () => "1700000000000", /`now` must return a number of milliseconds \(like Date\.now\), got a string/],
    ["now", () => Number.NaN, /`now` must return a number of milliseconds/],
    ["sleep", "x", /`sleep` must be a function \(ms, signal\) => Promise/],
    ["sleep", { ms: 1 }, /`sleep` must be a function/],
  ])("%s: %o is refused at createPayConnect, naming the option; nothing is sent", (name, value, message) => {
    const error = thrown(() => createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, [name]: value }));
    expect(error).toBeInstanceOf(PayConnectError);
    expect((error as Error).message).toMatch(message);
    expect(sent()).toBe(0);
  });

  test("functions, and leaving them out, are accepted", async () => {
    for (const extra of [{}, { now: undefined, sleep: undefined }, { now: () => Date.now(), sleep: async () => {} }]) {
      const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, ...extra });
      await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
      pc.close();
    }
  });
});

describe("per-request signal", () => {
  const client = (validateRequests: boolean) => createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, validateRequests });

  test.each([
    ["a string", "x"],
    ["a number", 1],
    ["a plain object", {}],
    ["an AbortController (not its signal)", new AbortController()],
    ["an object whose aborted is not a boolean", { aborted: "no", addEventListener() {}, removeEventListener() {} }],
    ["an object without addEventListener", { aborted: false, removeEventListener() {} }],
  ])("%s is refused with a ValidationError naming `signal`, also with validateRequests off; nothing is sent", async (_name, signal) => {
    for (const validateRequests of [true, false]) {
      const pc = client(validateRequests);
      const error = await pc.getPayment(payment.id, { signal: signal as never }).catch((e: unknown) => e);
      pc.close();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        expect.objectContaining({ location: "options", path: "/signal", message: expect.stringMatching(/must be an AbortSignal/) }),
      ]);
    }
    expect(sent()).toBe(0);
  });

  /** An AbortSignal look-alike such as a polyfill gives: an EventTarget with `aborted` and `reason`. */
  function polyfillSignal() {
    const target = new EventTarget() as EventTarget & { aborted: boolean; reason: unknown };
    target.aborted = false;
    return target;
  }

  test.each([
    ["undefined", () => undefined],
    ["null", () => null],
    ["an AbortSignal", () => new AbortController().signal],
    // A bare vm context has no AbortController: a signal-shaped object of that realm stands in (its prototype is
    // the other realm's Object.prototype, so nothing that relies on instanceof or this realm's classes accepts it).
    ["a signal-shaped object from another realm", () => runInNewContext("({ aborted: false, addEventListener() {}, removeEventListener() {} })") as AbortSignal],
    ["a polyfill's signal", polyfillSignal],
  ])("%s is accepted and the call is sent", async (_name, signal) => {
    const pc = client(true);
    await expect(pc.getPayment(payment.id, { signal: signal() as never })).resolves.toMatchObject({ id: payment.id });
    pc.close();
    expect(server.requests).toHaveLength(1);
  });

  test("a polyfill's signal still cancels the call", async () => {
    const pc = client(true);
    const signal = polyfillSignal();
    server.faults.push({ kind: "hang" });
    const call = pc.getPayment(payment.id, { signal: signal as never }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    signal.aborted = true;
    signal.reason = new Error("stopped by the caller");
    signal.dispatchEvent(new Event("abort"));
    expect(await call).toBe(signal.reason);
    pc.close();
  });
});
