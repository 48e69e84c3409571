import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["reconciler/**/*.test.ts", "bench/**/*.test.ts"],
    // Tests that spawn `node bin/halo.js` run the compiled CLI: build it first when missing or stale.
    globalSetup: ["reconciler/test/build-setup.ts"],
    // The CLI tests spawn node processes: allow for a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
