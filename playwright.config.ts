import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Run through `npm test` (scripts/test.ts), which provides the database and secrets.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Where the app's own SMTP sink (started by scripts/start.ts) keeps mail for the tests to read.
export const mailDir = process.env.E2E_MAIL_DIR ?? path.join(os.tmpdir(), `fv-e2e-mail-${port}`);
process.env.E2E_MAIL_DIR = mailDir;
export const e2eOnionLocation = "http://freevoicese2eonionaddressfortestsonly.onion/";

export default defineConfig({
  testDir: "e2e",
  // e2e/newcomer runs against `npm start` in .ci/run (playwright.newcomer.config.ts).
  testIgnore: "newcomer/**",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot run on these machines.
      // A contributor with Playwright's browser sets PLAYWRIGHT_CHROMIUM_PATH="" to use it.
      executablePath:
        process.env.PLAYWRIGHT_CHROMIUM_PATH === ""
          ? undefined
          : (process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium"),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The same launcher as `npm start`: migrates, seeds, builds when needed, serves.
    command: "node --import tsx scripts/start.ts",
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      // Its own build and page cache, apart from `npm start`'s .next (next.config.js).
      NEXT_DIST_DIR: ".next-test",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: baseURL,
      FIRST_ADMIN_EMAIL: "first-admin@e2e.test",
      SMTP_URL: "",
      MAIL_SINK_DIR: mailDir,
      PETITION_TALLY_SECONDS: "1",
      // Read at run time (e2e/onion-service.spec.ts); the build does not know it.
      ONION_LOCATION: e2eOnionLocation,
      // The tests play the reverse proxy: they send X-Forwarded-For to act as many signers.
      TRUST_PROXY_HOPS: "1",
      // The production path on this machine only: no real mail server, http on 127.0.0.1.
      ALLOW_INSECURE_LOCAL: "1",
    },
  },
});
