/**
 * scripts/test-report.ts: CI keeps only the end of `npm test`'s output, so the run must end
 * by naming each failed test and the start of its error, not only counting them.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { playwrightSummary, vitestSummary } from "../../scripts/test-report";

const root = path.resolve(import.meta.dirname, "../..");

describe("the test report", () => {
  it("names each failed vitest test and a file that failed to load, without colour codes", () => {
    const counts = vitestSummary({
      numPassedTests: 2,
      numFailedTests: 1,
      numFailedTestSuites: 1,
      numPendingTests: 0,
      numTodoTests: 1,
      testResults: [
        {
          name: path.join(root, "tests/integration/a.test.ts"),
          status: "failed",
          assertionResults: [
            { status: "passed", fullName: "a passes" },
            {
              status: "failed",
              fullName: "a refuses a reused code",
              failureMessages: [
                "AssertionError: expected \u001b[32m303\u001b[39m to be 200\n    at a.test.ts:1\n    at x\n    at y",
              ],
            },
          ],
        },
        {
          name: path.join(root, "tests/integration/b.test.ts"),
          status: "failed",
          message: "Cannot find module",
          assertionResults: [],
        },
        {
          name: path.join(root, "lib/c.test.ts"),
          status: "passed",
          assertionResults: [{ status: "passed", fullName: "c" }],
        },
      ],
    });
    expect(counts).toMatchObject({ passed: 2, failed: 1, skipped: 1 });
    expect(counts.failures).toEqual([
      "tests/integration/a.test.ts › a refuses a reused code\n      AssertionError: expected 303 to be 200\n          at a.test.ts:1\n          at x",
      "tests/integration/b.test.ts\n      Cannot find module",
    ]);
  });

  it("names each unexpected Playwright result inside nested describes, and global errors; a flaky pass is not a failure", () => {
    const spec = (title: string, line: number, status: string, message?: string) => ({
      title,
      line,
      tests: [{ status, results: [{ error: message ? { message } : undefined }] }],
    });
    const counts = playwrightSummary({
      stats: { expected: 1, flaky: 1, unexpected: 1, skipped: 0 },
      errors: [{ message: "webServer exited early" }],
      suites: [
        {
          title: "petition.spec.ts",
          file: "petition.spec.ts",
          specs: [spec("signs", 10, "expected"), spec("retried", 20, "flaky", "first try failed")],
          suites: [{ title: "without JavaScript", specs: [spec("confirms", 30, "unexpected", "Timed out 5000ms")] }],
        },
      ],
    });
    expect(counts).toMatchObject({ passed: 2, failed: 2, skipped: 0 });
    expect(counts.failures).toEqual([
      "petition.spec.ts:30 › confirms\n      Timed out 5000ms",
      "Playwright\n      webServer exited early",
    ]);
  });
});
