// Every payment schedules its expiry on the sandbox clock, so a benchmark or a long test run leaves tens of
// thousands of tasks there: scheduling one more must not cost more the more there are (createPayment would
// slow down as the run goes on, and the benchmark would measure the clock, not the API).
import { expect, test } from "vitest";
import { createClock } from "../../packages/sandbox/src/clock.ts";

test("scheduling stays cheap with tens of thousands of tasks waiting", () => {
  const clock = createClock();
  const BATCH = 10_000;
  const base = Date.now() + 30 * 60_000;
  const timeBatch = (from: number) => {
    const started = performance.now();
    for (let i = from; i < from + BATCH; i++) clock.at(base + i, () => undefined);
    return performance.now() - started;
  };
  try {
    const first = timeBatch(0);
    timeBatch(BATCH);
    timeBatch(2 * BATCH);
    const fourth = timeBatch(3 * BATCH);
    // Linear in the tasks waiting, the fourth batch costs about seven times the first; constant, about the same.
    expect(fourth).toBeLessThan(3 * Math.max(first, 5));
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
