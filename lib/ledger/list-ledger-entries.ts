import "server-only";
import { db } from "@/lib/db/client";
import type { LedgerEntryRow } from "./ledger-scheme";

/** The entries of a petition's ledger, all or those after a day (YYYY-MM-DD). Public data: commitments and days only. */
export async function listLedgerEntries(petitionId: string, after?: string): Promise<LedgerEntryRow[]> {
  const rows = await db.ledgerEntry.findMany({
    where: { petitionId, ...(after ? { day: { gt: new Date(`${after}T00:00:00Z`) } } : {}) },
    select: { day: true, kind: true, commitment: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ day: row.day.toISOString().slice(0, 10), kind: row.kind, commitment: row.commitment }));
}
