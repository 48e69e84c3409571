import { defineConfig } from "vitest/config";

/**
 * The bench tests: `node_modules/.bin/vitest run --config bench/vitest.config.ts`. (The root vitest.config.ts
 * only includes reconciler/**; adding "bench/**\/*.test.ts" there would run these with `npm run test:ts`.)
 */
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["bench/**/*.test.ts"],
  },
});
