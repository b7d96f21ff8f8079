import "server-only";
import { db } from "@/lib/db/client";
import type { LedgerEntryRow } from "./ledger-scheme";

/** Every entry of a petition's ledger. Public data: commitments and days only. */
export async function listLedgerEntries(petitionId: string): Promise<LedgerEntryRow[]> {
  const rows = await db.ledgerEntry.findMany({
    where: { petitionId },
    select: { day: true, kind: true, commitment: true },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({ day: row.day.toISOString().slice(0, 10), kind: row.kind, commitment: row.commitment }));
}
