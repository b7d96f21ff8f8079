import { createHash } from "node:crypto";
import { merkleRoot } from "./merkle";

// The published ledger (decision 017). Each UTC day lists the commitments that
// entered the public count that day (`added`) and those that left it (`removed`: the
// correction for invalidated and erased signatures), each sorted so the order says
// nothing about who signed when within the day. Both lists have an RFC 6962 Merkle
// root, and the day's chained root binds them to the previous day's:
//   chainedRoot = SHA-256(0x02 || previous || date (ASCII) || addedRoot || removedRoot || size (uint64 BE))
// with previous = 32 zero bytes before the first day. Pure: the verification script
// uses this file as it is.

export const LEDGER_SCHEME = "free-voices-ledger/1";
export const GENESIS = "00".repeat(32);

export type LedgerEntryRow = { day: string; kind: "ADD" | "REMOVE"; commitment: Uint8Array };

export type LedgerDaySummary = {
  date: string;
  addedCount: number;
  removedCount: number;
  /** Commitments in the count at the end of the day. */
  size: number;
  addedRoot: string;
  removedRoot: string;
  previous: string;
  chainedRoot: string;
};

export type LedgerDay = LedgerDaySummary & { added: string[]; removed: string[] };

export function chainedRootOf(day: Omit<LedgerDaySummary, "chainedRoot" | "addedCount" | "removedCount">): string {
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(day.size));
  return createHash("sha256")
    .update(Uint8Array.of(2))
    .update(Buffer.from(day.previous, "hex"))
    .update(day.date, "ascii")
    .update(Buffer.from(day.addedRoot, "hex"))
    .update(Buffer.from(day.removedRoot, "hex"))
    .update(size)
    .digest("hex");
}

export const rootOfHexList = (list: readonly string[]) =>
  merkleRoot(list.map((hex) => Buffer.from(hex, "hex"))).toString("hex");

/**
 * Builds the days of the ledger from their entries (any order). `after`: the last
 * day already built, to continue the chain from it.
 */
export function buildLedger(
  entries: readonly LedgerEntryRow[],
  after?: Pick<LedgerDaySummary, "chainedRoot" | "size">,
): LedgerDay[] {
  const byDay = new Map<string, { added: string[]; removed: string[] }>();
  for (const entry of entries) {
    const day = byDay.get(entry.day) ?? { added: [], removed: [] };
    (entry.kind === "ADD" ? day.added : day.removed).push(Buffer.from(entry.commitment).toString("hex"));
    byDay.set(entry.day, day);
  }
  let previous = after?.chainedRoot ?? GENESIS;
  let size = after?.size ?? 0;
  return [...byDay.keys()].sort().map((date) => {
    const { added, removed } = byDay.get(date)!;
    added.sort();
    removed.sort();
    size += added.length - removed.length;
    const body = { date, size, previous, addedRoot: rootOfHexList(added), removedRoot: rootOfHexList(removed) };
    const chainedRoot = chainedRootOf(body);
    previous = chainedRoot;
    return { ...body, chainedRoot, addedCount: added.length, removedCount: removed.length, added, removed };
  });
}

export const summaryOf = (day: LedgerDay): LedgerDaySummary => ({
  date: day.date,
  addedCount: day.addedCount,
  removedCount: day.removedCount,
  size: day.size,
  addedRoot: day.addedRoot,
  removedRoot: day.removedRoot,
  previous: day.previous,
  chainedRoot: day.chainedRoot,
});
