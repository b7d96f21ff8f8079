import "server-only";
import { db } from "@/lib/db/client";

export type PetitionCount = { total: number; byCountry: { country: string; count: number }[] };

/** The public count: the tallies (see run-tally.ts), never a count(*) over signatures. */
export async function getPetitionCount(petitionId: string): Promise<PetitionCount> {
  const tallies = await db.petitionTally.findMany({
    where: { petitionId, count: { gt: 0 } },
    select: { country: true, count: true },
    orderBy: [{ count: "desc" }, { country: "asc" }],
  });
  return { total: tallies.reduce((sum, row) => sum + row.count, 0), byCountry: tallies };
}
