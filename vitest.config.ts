import path from "node:path";
import { defineConfig } from "vitest/config";

// tests/react-server/ holds tests of code that only behaves as in production inside
// a React Server Components render (React's cache()): they run with the
// "react-server" export condition, as Next's server layer does.
const reactServerTests = "tests/react-server/**/*.test.ts";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    testTimeout: 60000,
    hookTimeout: 120000,
    // Integration tests share one PostgreSQL server; running files one at a time
    // keeps their timing predictable on two cores.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: ["tests/**/*.test.ts", "lib/**/*.test.ts"],
          // tests/scale/ starts servers and nginx: `npm run test:scale`, run alone.
          exclude: [reactServerTests, "tests/scale/**"],
        },
      },
      {
        extends: true,
        resolve: { conditions: ["react-server"] },
        ssr: { resolve: { conditions: ["react-server"], externalConditions: ["react-server"] } },
        test: { name: "react-server", include: [reactServerTests], execArgv: ["--conditions=react-server"] },
      },
    ],
  },
});
