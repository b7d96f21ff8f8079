// Checks the petition's public ledger independently of the site's own code paths:
//   npx tsx scripts/verify-ledger.ts https://example.org/api/v1/petition/ledger [--receipt ABCD-...]
// It downloads the ledger and every day's list of commitments, recomputes each day's
// Merkle roots (RFC 6962) and the chain, checks that no commitment is counted twice,
// that the size equals the public count, and, given a receipt, that it is counted.
// The scheme: docs/decisions/017-petition-ledger.md. Exit code 0: the ledger verifies.
import { verifyLedger, type PublishedLedger } from "../lib/ledger/verify-ledger";
import type { LedgerDay } from "../lib/ledger/ledger-scheme";
import { commitmentOf } from "../lib/ledger/receipt";

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const receiptAt = args.indexOf("--receipt");
  const receipt = receiptAt >= 0 ? args[receiptAt + 1] : undefined;
  const url = args
    .find((arg, i) => !arg.startsWith("--") && (receiptAt < 0 || i !== receiptAt + 1))
    ?.replace(/\/$/, "");
  if (!url || (receiptAt >= 0 && !receipt)) {
    console.error("usage: npx tsx scripts/verify-ledger.ts <ledger URL> [--receipt <receipt>]");
    return 2;
  }
  const ledger = await getJson<PublishedLedger>(url);
  const days = new Map<string, LedgerDay>();
  for (const summary of ledger.days) days.set(summary.date, await getJson<LedgerDay>(`${url}/${summary.date}`));
  const problems = verifyLedger(ledger, days);
  console.log(
    `${ledger.days.length} days, ${ledger.size} commitments, public count ${ledger.count}, head ${ledger.head}`,
  );
  if (receipt) {
    const hex = commitmentOf(receipt).toString("hex");
    const net = [...days.values()].reduce(
      (n, day) => n + day.added.filter((h) => h === hex).length - day.removed.filter((h) => h === hex).length,
      0,
    );
    if (net === 1) console.log(`the receipt is counted (commitment ${hex})`);
    else problems.push(`the receipt's commitment ${hex} is not in the count`);
  }
  for (const problem of problems) console.error(`FAIL: ${problem}`);
  if (problems.length === 0) console.log("OK: every root, the chain and the size verify");
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
