import { GENESIS, chainedRootOf, rootOfHexList, type LedgerDay, type LedgerDaySummary } from "./ledger-scheme";

export type PublishedLedger = { size: number; count: number; head: string; days: LedgerDaySummary[] };

const HEX32 = /^[0-9a-f]{64}$/;

/**
 * Checks a published ledger against each day's published lists, recomputing every
 * root and the chain: returns what is wrong (empty when it verifies). It also checks
 * that no commitment is counted twice or removed without having been added, and that
 * the ledger's size is the public count.
 */
export function verifyLedger(ledger: PublishedLedger, days: ReadonlyMap<string, LedgerDay>): string[] {
  const problems: string[] = [];
  const live = new Map<string, number>();
  let previous = GENESIS;
  let size = 0;
  let lastDate = "";
  for (const summary of ledger.days) {
    const where = `day ${summary.date}`;
    if (summary.date <= lastDate) problems.push(`${where}: days out of order`);
    lastDate = summary.date;
    const day = days.get(summary.date);
    if (!day) {
      problems.push(`${where}: its list of commitments is missing`);
      continue;
    }
    for (const hex of [...day.added, ...day.removed])
      if (!HEX32.test(hex)) problems.push(`${where}: ${JSON.stringify(hex).slice(0, 80)} is not a commitment`);
    if (day.added.length !== summary.addedCount || day.removed.length !== summary.removedCount)
      problems.push(`${where}: the lists do not have the published counts`);
    for (const hex of day.added) live.set(hex, (live.get(hex) ?? 0) + 1);
    for (const hex of day.removed) live.set(hex, (live.get(hex) ?? 0) - 1);
    for (const hex of new Set([...day.added, ...day.removed])) {
      const n = live.get(hex)!;
      if (n < 0) problems.push(`${where}: ${hex} removed without being in the count`);
      if (n > 1) problems.push(`${where}: ${hex} counted ${n} times`);
      if (n === 0) live.delete(hex);
    }
    size += day.added.length - day.removed.length;
    const addedRoot = rootOfHexList([...day.added].sort());
    const removedRoot = rootOfHexList([...day.removed].sort());
    if (addedRoot !== summary.addedRoot || addedRoot !== day.addedRoot)
      problems.push(`${where}: the Merkle root of the added commitments does not match`);
    if (removedRoot !== summary.removedRoot || removedRoot !== day.removedRoot)
      problems.push(`${where}: the Merkle root of the correction does not match`);
    if (summary.previous !== previous) problems.push(`${where}: not chained to the previous day`);
    if (summary.size !== size) problems.push(`${where}: published size ${summary.size}, recomputed ${size}`);
    const chainedRoot = chainedRootOf({ date: summary.date, size, previous, addedRoot, removedRoot });
    if (summary.chainedRoot !== chainedRoot || day.chainedRoot !== chainedRoot)
      problems.push(`${where}: the chained root does not match`);
    previous = chainedRoot;
  }
  if (ledger.head !== previous) problems.push("the ledger's head is not the last day's chained root");
  if (ledger.size !== size) problems.push(`the ledger says ${ledger.size} signatures, its days add up to ${size}`);
  if (ledger.count !== size) problems.push(`the public count is ${ledger.count}, the ledger holds ${size}`);
  return problems;
}
