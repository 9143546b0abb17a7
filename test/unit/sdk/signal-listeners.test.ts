// The abort helpers leave no listener behind on a signal they were given once they are done: a caller who
// passes one long-lived signal to many calls must not collect a listener per call (a leak, and Node's
// MaxListenersExceededWarning). Written against mutants a Stryker run of src/ left alive.
import { getEventListeners } from "node:events";
import { expect, test } from "vitest";
import { abortableSleep, attemptSignal, callSignal, untilAborted } from "../../../src/transport/timeout.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";
import { createPayConnect } from "../../../src/entry/node.js";

const listeners = (signal: AbortSignal) => getEventListeners(signal, "abort").length;

test("attemptSignal and callSignal: one listener while in use, none after dispose()", () => {
  const caller = new AbortController().signal;
  for (const make of [() => attemptSignal(1_000, caller), () => callSignal(caller)]) {
    const helper = make();
    expect(listeners(caller)).toBe(1);
    helper.dispose();
    expect(listeners(caller)).toBe(0);
  }
});

test("abortableSleep: none once the wait is over", async () => {
  const signal = new AbortController().signal;
  await abortableSleep(1, signal);
  expect(listeners(signal)).toBe(0);
});

test("untilAborted: none once the promise settled, either way", async () => {
  const signal = new AbortController().signal;
  await untilAborted(Promise.resolve(1), signal);
  await untilAborted(Promise.reject(new Error("no")), signal).catch(() => {});
  expect(listeners(signal)).toBe(0);
});

test("each helper follows an abort of the signal it was given", async () => {
  const controller = new AbortController();
  const attempt = attemptSignal(60_000, controller.signal);
  const call = callSignal(controller.signal);
  const sleeping = abortableSleep(60_000, controller.signal).catch((e: unknown) => e);
  const waiting = untilAborted(new Promise(() => {}), controller.signal).catch((e: unknown) => e);
  const reason = new Error("stop");
  controller.abort(reason);
  expect([attempt.signal.reason, call.signal.reason, await sleeping, await waiting]).toEqual([reason, reason, reason, reason]);
  expect(attempt.timedOut()).toBe(false);
  attempt.dispose();
});

test("100 calls with one caller signal leave no listener on it", async () => {
  const api = fakeApi(() => ({ status: 200, body: payment }));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
  const signal = new AbortController().signal;
  for (let i = 0; i < 100; i++) await pc.getPayment(payment.id, { signal });
  expect(listeners(signal)).toBe(0);
});

test("each helper given a signal that has already aborted ends at once with its reason", async () => {
  const controller = new AbortController();
  const reason = new Error("already stopped");
  controller.abort(reason);
  const attempt = attemptSignal(60_000, controller.signal);
  expect([attempt.signal.aborted, attempt.signal.reason, attempt.timedOut()]).toEqual([true, reason, false]);
  attempt.dispose();
  // A short wait and a settled promise: had the helpers missed the abort, both would resolve.
  await expect(abortableSleep(20, controller.signal)).rejects.toBe(reason);
  await expect(untilAborted(Promise.resolve(1), controller.signal)).rejects.toBe(reason);
});

test("an abort that fires leaves no listener behind, even before dispose()", async () => {
  const controller = new AbortController();
  const attempt = attemptSignal(60_000, controller.signal);
  const call = callSignal(controller.signal);
  const sleeping = abortableSleep(60_000, controller.signal).catch(() => {});
  const waiting = untilAborted(new Promise(() => {}), controller.signal).catch(() => {});
  controller.abort(new Error("stop"));
  await Promise.all([sleeping, waiting]);
  expect(listeners(controller.signal)).toBe(0);
  attempt.dispose();
  call.dispose();
});
