/**
 * scripts/verify-ledger.ts as a journalist runs it: against a site serving the ledger
 * over HTTP. A ledger as built verifies (exit 0, the receipt found); a tampered one fails
 * (exit 1, the problem named).
 */
import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLedger, summaryOf, type LedgerDay } from "@/lib/ledger/ledger-scheme";
import { commitmentOf, newReceipt } from "@/lib/ledger/receipt";

const root = path.resolve(import.meta.dirname, "../..");
const receipts = Array.from({ length: 5 }, () => newReceipt());
let days: LedgerDay[];
let served: { index: unknown; days: Map<string, unknown> };
let server: http.Server;
let url: string;

function publish(list: LedgerDay[], count?: number) {
  const size = list.at(-1)!.size;
  served = {
    index: {
      scheme: "free-voices-ledger/1",
      size,
      count: count ?? size,
      head: list.at(-1)!.chainedRoot,
      days: list.map(summaryOf),
    },
    days: new Map(list.map((day) => [day.date, day])),
  };
}

beforeAll(async () => {
  days = buildLedger([
    ...receipts.slice(0, 3).map((r) => ({ day: "2026-12-01", kind: "ADD" as const, commitment: commitmentOf(r) })),
    ...receipts.slice(3).map((r) => ({ day: "2026-12-02", kind: "ADD" as const, commitment: commitmentOf(r) })),
    { day: "2026-12-02", kind: "REMOVE" as const, commitment: commitmentOf(receipts[0]!) },
  ]);
  server = http.createServer((request, response) => {
    const date = /\/ledger\/(\d{4}-\d{2}-\d{2})$/.exec(request.url ?? "")?.[1];
    const body = date ? served.days.get(date) : request.url?.endsWith("/ledger") ? served.index : undefined;
    response.writeHead(body ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(body ?? { error: "not_found" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/petition/ledger`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function run(...args: string[]) {
  return promisify(execFile)(
    process.execPath,
    ["--import", "tsx", path.join(root, "scripts/verify-ledger.ts"), url, ...args],
    {
      cwd: root,
    },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe("scripts/verify-ledger.ts", () => {
  it("verifies a ledger as published, and finds a counted receipt", async () => {
    publish(days);
    const result = await run("--receipt", receipts[4]!);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("2 days, 4 commitments, public count 4");
    expect(result.stdout).toContain("the receipt is counted");
    expect(result.code).toBe(0);
  }, 60_000);

  it("fails a tampered ledger, a count that differs from it, and a receipt taken out by a correction", async () => {
    const tampered = structuredClone(days);
    tampered[0]!.added[1] = commitmentOf(newReceipt()).toString("hex");
    publish(tampered);
    let result = await run();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("FAIL: day 2026-12-01: the Merkle root of the added commitments does not match");

    publish(days, 5);
    result = await run();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("FAIL: the public count is 5, the ledger holds 4");

    publish(days);
    result = await run("--receipt", receipts[0]!);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not in the count");
  }, 60_000);
});
