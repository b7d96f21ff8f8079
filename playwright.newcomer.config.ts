import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The newcomer journey runs against an app that `.ci/run` started with `npm start` on
// the embedded database, signed in with the credentials that start printed.
export default defineConfig({
  ...base,
  testDir: "e2e/newcomer",
  testIgnore: [],
  reporter: [["list"]],
  use: { ...base.use, baseURL: process.env.NEWCOMER_URL ?? "http://127.0.0.1:3000" },
  webServer: undefined,
});
