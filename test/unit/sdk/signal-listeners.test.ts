// The abort helpers leave no listener behind on a signal (or an SDK abort) they were given once they are done:
// a caller who passes one long-lived signal to many calls must not collect a listener per call (a leak, and
// Node's MaxListenersExceededWarning). Written against mutants a Stryker run of src/ left alive.
import { getEventListeners } from "node:events";
import { expect, test } from "vitest";
import { Abort } from "../../../src/transport/abort.js";
import { abortableSleep, attemptAbort, callAbort, untilAborted } from "../../../src/transport/timeout.js";
import { SECRET, fakeApi, fakeTime, payment } from "../../helpers/fake-api.ts";
import { createPayConnect } from "../../../src/entry/node.js";

const listeners = (signal: AbortSignal) => getEventListeners(signal, "abort").length;

test("callAbort: one listener on the caller's signal while in use, none after dispose(); none without a signal", () => {
  const caller = new AbortController().signal;
  const call = callAbort(caller);
  expect(listeners(caller)).toBe(1);
  call.dispose();
  expect(listeners(caller)).toBe(0);
  expect(() => callAbort(undefined).dispose()).not.toThrow();
});

test("attemptAbort: one listener on the call's abort while in use, none after dispose()", () => {
  const call = new Abort();
  const attempt = attemptAbort(1_000, call);
  expect(call.listeners.length).toBe(1);
  attempt.dispose();
  expect(call.listeners.length).toBe(0);
});

test("abortableSleep: none once the wait is over", async () => {
  const signal = new AbortController().signal;
  await abortableSleep(1, signal);
  expect(listeners(signal)).toBe(0);
});

test("untilAborted: none once the promise settled, either way", async () => {
  const abort = new Abort();
  await untilAborted(Promise.resolve(1), abort);
  await untilAborted(Promise.reject(new Error("no")), abort).catch(() => {});
  expect(abort.listeners.length).toBe(0);
});

test("each helper follows an abort of what it was given", async () => {
  const controller = new AbortController();
  const call = callAbort(controller.signal);
  const attempt = attemptAbort(60_000, call.abort);
  const sleeping = abortableSleep(60_000, controller.signal).catch((e: unknown) => e);
  const waiting = untilAborted(new Promise(() => {}), attempt.abort).catch((e: unknown) => e);
  const reason = new Error("stop");
  controller.abort(reason);
  expect([attempt.abort.reason, call.abort.reason, await sleeping, await waiting]).toEqual([reason, reason, reason, reason]);
  expect(attempt.timedOut()).toBe(false);
  attempt.dispose();
  call.dispose();
});

test("an attempt's timeout aborts it with a timeout error and says so; the call is not aborted", async () => {
  const call = new Abort();
  const attempt = attemptAbort(5, call);
  const reason = await untilAborted(new Promise(() => {}), attempt.abort).catch((e: unknown) => e);
  expect(attempt.timedOut()).toBe(true);
  expect(String(reason)).toMatch(/attempt timed out after 5 ms/);
  expect(call.aborted).toBe(false);
  attempt.dispose();
});

test("Abort: the first reason wins; a listener added after the abort runs at once; its signal follows", () => {
  const abort = new Abort();
  const early = abort.signal;
  const seen: unknown[] = [];
  abort.on((reason) => seen.push(reason));
  abort.abort("first");
  abort.abort("second");
  abort.on((reason) => seen.push(`late ${String(reason)}`));
  expect(seen).toEqual(["first", "late first"]);
  expect([early.aborted, early.reason, abort.signal.reason]).toEqual([true, "first", "first"]);
  expect(abort.listeners.length).toBe(0);
});

test("Abort: a removed listener is not called; removing twice removes nothing else", () => {
  const abort = new Abort();
  const seen: string[] = [];
  const offA = abort.on(() => seen.push("a"));
  abort.on(() => seen.push("b"));
  offA();
  offA();
  abort.abort(new Error("x"));
  expect(seen).toEqual(["b"]);
});

test("100 calls with one caller signal leave no listener on it", async () => {
  const api = fakeApi(() => ({ status: 200, body: payment }));
  const time = fakeTime();
  const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep });
  const signal = new AbortController().signal;
  for (let i = 0; i < 100; i++) await pc.getPayment(payment.id, { signal });
  expect(listeners(signal)).toBe(0);
});

test("each helper given what has already aborted ends at once with its reason", async () => {
  const controller = new AbortController();
  const reason = new Error("already stopped");
  controller.abort(reason);
  const call = callAbort(controller.signal);
  const attempt = attemptAbort(60_000, call.abort);
  expect([call.abort.aborted, attempt.abort.aborted, attempt.abort.reason, attempt.timedOut()]).toEqual([true, true, reason, false]);
  attempt.dispose();
  // A short wait and a settled promise: had the helpers missed the abort, both would resolve.
  await expect(abortableSleep(20, controller.signal)).rejects.toBe(reason);
  await expect(untilAborted(Promise.resolve(1), call.abort)).rejects.toBe(reason);
  expect(listeners(controller.signal)).toBe(0);
});

test("an abort that fires leaves no listener behind, even before dispose()", async () => {
  const controller = new AbortController();
  const call = callAbort(controller.signal);
  const attempt = attemptAbort(60_000, call.abort);
  const sleeping = abortableSleep(60_000, controller.signal).catch(() => {});
  const waiting = untilAborted(new Promise(() => {}), attempt.abort).catch(() => {});
  controller.abort(new Error("stop"));
  await Promise.all([sleeping, waiting]);
  expect([listeners(controller.signal), call.abort.listeners.length, attempt.abort.listeners.length]).toEqual([0, 0, 0]);
  attempt.dispose();
  call.dispose();
});
