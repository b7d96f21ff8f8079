import "server-only";
import { buildLedger, type LedgerDay } from "./ledger-scheme";
import { listLedgerEntries } from "./list-ledger-entries";

// Entries are only ever written with the database's current day, so every day before
// the newest one in the ledger is final: built once per process and kept, and each
// request reads and hashes only the newest day onwards (decision 017, measurements).
const globalForLedger = globalThis as unknown as { settledLedgerDays?: Map<string, LedgerDay[]> };

export async function loadLedgerDays(petitionId: string): Promise<LedgerDay[]> {
  const cache = (globalForLedger.settledLedgerDays ??= new Map());
  const settled = cache.get(petitionId) ?? [];
  const last = settled.at(-1);
  const fresh = buildLedger(await listLedgerEntries(petitionId, last?.date), last);
  const days = [...settled, ...fresh];
  cache.set(petitionId, days.slice(0, -1));
  return days;
}
