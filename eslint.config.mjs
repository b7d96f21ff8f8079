import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-test/**",
      ".data/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    // Configuration is read one way: env() validates every variable (lib/config).
    // scripts/, tests and the root config files run outside the app and read it themselves.
    files: ["app/**", "lib/**", "components/**", "instrumentation.ts", "proxy.ts"],
    ignores: ["lib/config/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message:
            "Read configuration with env() from @/lib/config/env (add the variable to lib/config/env-schema.ts).",
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: ["process", "node:process"].map((name) => ({
            name,
            importNames: ["env"],
            message: "Read configuration with env() from @/lib/config/env.",
          })),
        },
      ],
    },
  },
  {
    // Logs go through logger() (lib/log/logger.ts): JSON lines with a request id, and
    // personal data redacted. The launcher and scripts/ print for a person at a terminal.
    files: ["app/**", "lib/**", "components/**", "instrumentation.ts", "proxy.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-console": "error" },
  },
];

export default config;
