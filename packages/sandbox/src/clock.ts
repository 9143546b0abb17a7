// The sandbox clock: real time plus an offset that only grows. Payment expiry, token lifetime, idempotency
// retention, the rate-limit window and the webhook retry schedule all run on it, so a test can move 30 minutes
// ahead in one call instead of waiting. Tasks due at a time fire when real time reaches it or when `advance`
// passes it, in time order; `advance` resolves once every task it made due has finished.

export interface SandboxClock {
  /** Milliseconds since the Unix epoch, on the sandbox clock. */
  now(): number;
  /** Moves the clock forward, running every task that falls due on the way at its own time (and waits for them). */
  advance(ms: number): Promise<void>;
  /** Runs `task` once the clock reaches `at` (ms). Returns a function that cancels it. */
  at(at: number, task: () => unknown): () => void;
  /** Stops the real-time timer; pending tasks never run. */
  stop(): void;
}

interface Task {
  at: number;
  run: () => unknown;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

export function createClock(realNow: () => number = Date.now): SandboxClock {
  let offset = 0;
  let tasks: Task[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const now = () => realNow() + offset;

  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = tasks[0];
    if (stopped || next === undefined) return;
    timer = setTimeout(() => void runDue(), Math.min(Math.max(next.at - now(), 0), MAX_TIMER_MS));
    timer.unref?.();
  };

  const runDue = async (): Promise<void> => {
    const due: Task[] = [];
    const t = now();
    while (tasks[0] !== undefined && tasks[0].at <= t) due.push(tasks.shift()!);
    arm();
    // Started in time order and awaited together: a task that waits (a delivery to a slow endpoint, up to its
    // 10 s timeout) must not hold back the others due with it. A task may schedule another that is already
    // due, which runs next round.
    const batch = Promise.all(due.map((task) => Promise.resolve().then(task.run).catch(() => undefined)));
    running.add(batch);
    await batch;
    running.delete(batch);
    if (tasks[0] !== undefined && tasks[0].at <= now()) await runDue();
  };

  return {
    now,
    async advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance takes a number of milliseconds ≥ 0, got ${String(ms)}`);
      const target = now() + ms;
      // Step through the window: each due task runs with the clock at its own time, so what it schedules (the
      // next webhook retry) counts from when it ran, as if the time had really passed.
      while (tasks[0] !== undefined && tasks[0].at <= target) {
        offset += Math.max(0, tasks[0].at - now());
        await runDue();
      }
      offset += Math.max(0, target - now());
      await runDue();
      // Tasks the real-time timer started meanwhile (it fires as soon as a stepped-to task is due) count too.
      while (running.size > 0) await Promise.all([...running]);
    },
    at(at, run) {
      const task: Task = { at, run };
      // Every payment schedules its expiry, so tens of thousands of tasks may wait: a binary search (most new
      // tasks go last, after equal times) and a new timer only when the next task changes keep this cheap.
      let lo = 0;
      let hi = tasks.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (tasks[mid]!.at > at) hi = mid;
        else lo = mid + 1;
      }
      tasks.splice(lo, 0, task);
      if (lo === 0) arm();
      return () => {
        tasks = tasks.filter((t) => t !== task);
        arm();
      };
    },
    stop() {
      stopped = true;
      tasks = [];
      arm();
    },
  };
}
