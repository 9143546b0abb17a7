import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // vitest's default is one worker fewer than the cores: one worker on this 2-core machine, so the files ran one
    // after another while most of them wait on child processes (tsc, Prism, npm, Chromium). Two at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // Not isolated: each worker imports src/ once for all its files instead of once per file (import time 49 s →
        // 12 s of a run). The files clean up after themselves (servers, timers, env); a file that leaks state into the
        // next is a defect to fix (one was: log-hostile.test.ts, a warm regexp out of stack, src/transport/log.ts).
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/contract/**", "test/e2e/**", "test/.work/**"], isolate: false },
      },
      {
        extends: true,
        // One Prism process for the whole contract suite, started and always stopped by the global setup.
        test: { name: "contract", include: ["test/contract/**/*.test.ts"], globalSetup: ["test/contract/global-setup.ts"] },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"] },
      },
    ],
  },
});
