/**
 * What `npm test` reads from the vitest and Playwright JSON reports: the counts for its
 * "Total" line, and the name and first lines of the error of each failed test.
 */
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** `failures` names each failed test with the start of its error: CI keeps only the end of the output. */
export type Counts = { passed: number; failed: number; skipped: number; failures: string[] };

const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, "");
const failure = (where: string, message = "") =>
  `${where}\n      ${plain(message).trim().split("\n").slice(0, 3).join("\n      ").slice(0, 400)}`;

type VitestFile = {
  name: string;
  status: string;
  message?: string;
  assertionResults: { status: string; fullName: string; failureMessages?: string[] }[];
};

/** Counts from vitest's JSON report, or a failure when it wrote none (it crashed). */
export function vitestCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0, failures: ["vitest wrote no report"] };
  return vitestSummary(JSON.parse(fs.readFileSync(file, "utf8")));
}

export function vitestSummary(report: {
  testResults: VitestFile[];
  numPassedTests: number;
  numFailedTests: number;
  numFailedTestSuites?: number;
  numPendingTests: number;
  numTodoTests: number;
}): Counts {
  const failures = report.testResults.flatMap((result) => {
    const where = path.relative(root, result.name);
    const failed = result.assertionResults.filter((test) => test.status === "failed");
    if (failed.length === 0 && result.status === "failed") return [failure(where, result.message)];
    return failed.map((test) => failure(`${where} › ${test.fullName}`, test.failureMessages?.[0]));
  });
  return {
    passed: report.numPassedTests,
    // A file that fails to load has no failed test but must still fail the run.
    failed: report.numFailedTests || (report.numFailedTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
    failures,
  };
}

type PlaywrightSuite = {
  title: string;
  file?: string;
  suites?: PlaywrightSuite[];
  specs?: {
    title: string;
    line: number;
    tests: { status: string; results: { error?: { message?: string } }[] }[];
  }[];
};

function playwrightFailures(suite: PlaywrightSuite, file = ""): string[] {
  const here = suite.file ?? file;
  return [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status === "unexpected")
        .map((test) => failure(`${here}:${spec.line} › ${spec.title}`, test.results.at(-1)?.error?.message)),
    ),
    ...(suite.suites ?? []).flatMap((child) => playwrightFailures(child, here)),
  ];
}

/** Counts from Playwright's JSON report, or a failure when it wrote none (it crashed). */
export function playwrightCounts(file: string): Counts {
  if (!fs.existsSync(file)) return { passed: 0, failed: 1, skipped: 0, failures: ["Playwright wrote no report"] };
  return playwrightSummary(JSON.parse(fs.readFileSync(file, "utf8")));
}

export function playwrightSummary({
  stats,
  errors,
  suites,
}: {
  stats: { expected: number; flaky: number; unexpected: number; skipped: number };
  errors?: { message?: string }[];
  suites: PlaywrightSuite[];
}): Counts {
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected + (errors?.length ?? 0),
    skipped: stats.skipped,
    failures: [
      ...suites.flatMap((suite) => playwrightFailures(suite)),
      ...(errors ?? []).map((error) => failure("Playwright", error.message)),
    ],
  };
}
