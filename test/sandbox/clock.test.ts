// The sandbox clock: real time plus advances; tasks run once, in time order, when their time is reached.
import { expect, test } from "vitest";
import { createClock } from "../../packages/sandbox/src/clock.ts";

test("advance moves now and runs every task it makes due, in time order, and waits for them", async () => {
  let real = 1_000_000;
  const clock = createClock(() => real);
  const ran: string[] = [];
  clock.at(real + 3_000, async () => {
    await new Promise((r) => setTimeout(r, 5));
    ran.push("c");
  });
  clock.at(real + 1_000, () => ran.push("a"));
  clock.at(real + 2_000, () => clock.at(clock.now(), () => ran.push("b-then")));
  clock.at(real + 10_000, () => ran.push("late"));
  await clock.advance(3_000);
  expect(ran).toEqual(["a", "b-then", "c"]);
  expect(clock.now()).toBe(real + 3_000);
  real += 7_000; // real time passing counts too
  await clock.advance(0);
  expect(ran).toEqual(["a", "b-then", "c", "late"]);
  clock.stop();
});

test("a cancelled task never runs; a failing task does not stop the others; advance refuses nonsense", async () => {
  const clock = createClock(() => 0);
  const ran: string[] = [];
  const cancel = clock.at(100, () => ran.push("cancelled"));
  clock.at(100, () => {
    throw new Error("boom");
  });
  clock.at(200, () => ran.push("after"));
  cancel();
  await clock.advance(500);
  expect(ran).toEqual(["after"]);
  for (const bad of [-1, Number.NaN, Infinity]) await expect(clock.advance(bad)).rejects.toThrow(/advance takes/);
  clock.stop();
});

test("during one advance each task runs at its own time, so what it schedules counts from then", async () => {
  const clock = createClock(() => 0);
  const seen: number[] = [];
  const every5s = () => {
    seen.push(clock.now());
    clock.at(clock.now() + 5_000, every5s);
  };
  clock.at(5_000, every5s);
  await clock.advance(21_000);
  expect(seen).toEqual([5_000, 10_000, 15_000, 20_000]);
  expect(clock.now()).toBe(21_000);
  clock.stop();
});
