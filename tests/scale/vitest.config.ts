import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

// `npm run test:scale`: two app instances behind nginx (tests/scale/cluster.ts). Kept out
// of `npm test`: it builds, starts servers and may restart PostgreSQL, so it runs alone.
export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["tests/scale/**/*.test.ts"],
    testTimeout: 120000,
    hookTimeout: 300000,
    fileParallelism: false,
  },
});
