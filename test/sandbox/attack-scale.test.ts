// Every payment schedules its expiry on the sandbox clock, so a benchmark or a long test run leaves tens of
// thousands of tasks there: scheduling one more must not cost more the more there are (createPayment would
// slow down as the run goes on, and the benchmark would measure the clock, not the API). Counted, not timed:
// the comparisons one scheduling makes and the timers it sets, whatever the machine's load.
import { afterEach, expect, test, vi } from "vitest";
import { createClock } from "../../packages/sandbox/src/clock.ts";

afterEach(() => vi.restoreAllMocks());

/** A due time that counts how often the clock reads it (every comparison reads it once). */
const countedTime = (at: number) => {
  const reads = { count: 0 };
  const time = { valueOf: () => (reads.count++, at) } as unknown as number;
  return { time, reads };
};

test("scheduling one more task among tens of thousands makes a logarithmic number of comparisons", () => {
  const clock = createClock();
  const WAITING = 40_000;
  const base = Date.now() + 30 * 60_000;
  try {
    for (let i = 0; i < WAITING; i++) clock.at(base + 2 * i, () => undefined);
    // First, in the middle, last: a binary search reads the new time about log2(40 000) ≈ 16 times, a scan or
    // a sort of the queue thousands of times.
    for (const at of [base - 1, base + WAITING + 1, base + 3 * WAITING]) {
      const { time, reads } = countedTime(at);
      clock.at(time, () => undefined);
      expect(reads.count).toBeGreaterThan(0);
      expect(reads.count).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(WAITING + 3)) + 4);
    }
  } finally {
    clock.stop();
  }
});

test("scheduling sets a new timer only when the next task due changes", () => {
  const setTimer = vi.spyOn(globalThis, "setTimeout");
  const clock = createClock();
  const base = Date.now() + 30 * 60_000;
  try {
    for (let i = 0; i < 10_000; i++) clock.at(base + i, () => undefined);
    expect(setTimer).toHaveBeenCalledTimes(1);
    clock.at(base - 1, () => undefined); // now due first
    expect(setTimer).toHaveBeenCalledTimes(2);
  } finally {
    clock.stop();
  }
});
test("tasks still run in time order, whatever order they were scheduled in", async () => {
  const clock = createClock(() => 0);
  const ran: number[] = [];
  for (const at of [50, 10, 40, 10, 30, 20, 60]) clock.at(at, () => ran.push(at));
  const cancel = clock.at(35, () => ran.push(35));
  cancel();
  await clock.advance(100);
  expect(ran).toEqual([10, 10, 20, 30, 40, 50, 60]);
  clock.stop();
});
