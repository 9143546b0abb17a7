import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/contract/**", "test/e2e/**", "test/.work/**"] },
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
