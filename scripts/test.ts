/**
 * `npm test`: every test, unit, integration and browser, against a real PostgreSQL.
 * The server is TEST_DATABASE_URL or DATABASE_URL when given (tests make databases
 * of their own on it and never touch the named one), else the embedded database.
 * Ends with one line "Total: N passed, N failed".
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, freePort, testServerUrl } from "../tests/support/test-database";
import { playwrightCounts, vitestCounts, type Counts } from "./test-report";

const root = path.resolve(import.meta.dirname, "..");
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "fv-test-reports-"));

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const only = process.argv[2]; // "unit" | "e2e" | undefined (both)
  const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const totals: Counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const add = (c: Counts) => {
    totals.passed += c.passed;
    totals.failed += c.failed;
    totals.skipped += c.skipped;
    totals.failures.push(...c.failures);
  };

  console.log(
    `[test] PostgreSQL: ${testServerUrl ? "the server in TEST_DATABASE_URL/DATABASE_URL" : "embedded (PGlite)"}`,
  );

  if (only !== "e2e") {
    const vitestReport = path.join(reports, "vitest.json");
    await run(
      process.execPath,
      [
        path.join(root, "node_modules/vitest/vitest.mjs"),
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${vitestReport}`,
      ],
      baseEnv,
    );
    add(vitestCounts(vitestReport));
  }

  if (only !== "unit") {
    // The app under test gets a database of its own, migrated and seeded by `npm start`'s
    // own preparation, and secrets of its own.
    const database = await createTestDatabase({ migrate: false });
    const playwrightReport = path.join(reports, "playwright.json");
    try {
      const port = Number(process.env.E2E_PORT ?? (await freePort()));
      // Anything after "e2e" goes to Playwright: `npm test -- e2e -g "proof-of-work"`.
      const playwrightArgs = only === "e2e" ? process.argv.slice(3) : [];
      await run(
        process.execPath,
        [path.join(root, "node_modules/@playwright/test/cli.js"), "test", ...playwrightArgs],
        {
          ...baseEnv,
          E2E_PORT: String(port),
          E2E_DATABASE_URL: database.url,
          PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
          NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
          SIGNATURE_PEPPER: crypto.randomBytes(32).toString("base64url"),
          DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex"),
        },
      );
    } finally {
      await database.drop();
    }
    add(playwrightCounts(playwrightReport));
  }

  fs.rmSync(reports, { recursive: true, force: true });
  if (totals.failures.length > 0) console.log(`\nFailed:\n${totals.failures.map((line) => `  ${line}`).join("\n")}`);
  console.log(`\nTotal: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
