import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["reconciler/**/*.test.ts", "bench/**/*.test.ts"],
    // The CLI tests spawn `node bin/halo.js` (tsx compiles on start): allow for a busy machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
