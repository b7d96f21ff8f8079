import "server-only";
import { getCurrentPetition } from "@/lib/petition/get-current-petition";
import { getPetitionCount } from "@/lib/petition/get-petition-count";
import type { PetitionLedger, PetitionLedgerDay } from "@/lib/api/public-ledger";
import { GENESIS, LEDGER_SCHEME, summaryOf } from "./ledger-scheme";
import { loadLedgerDays } from "./load-ledger-days";

/** The campaign petition's ledger and its public count, or null when there is no public petition. */
export async function getPublicLedger(): Promise<{ ledger: PetitionLedger; days: PetitionLedgerDay[] } | null> {
  const petition = await getCurrentPetition();
  if (!petition || petition.status === "DRAFT") return null;
  // Read together so the count and the ledger describe the same moment as nearly as
  // they can; both change only in the tally job's (and erasure's) transactions.
  const [days, count] = await Promise.all([loadLedgerDays(petition.id), getPetitionCount(petition.id)]);
  const last = days.at(-1);
  return {
    ledger: {
      scheme: LEDGER_SCHEME,
      size: last?.size ?? 0,
      count: count.total,
      head: last?.chainedRoot ?? GENESIS,
      days: days.map(summaryOf),
    },
    days,
  };
}
