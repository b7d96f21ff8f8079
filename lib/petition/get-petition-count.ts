import "server-only";
import { db } from "@/lib/db/client";

/** Below this, a country's count is published as "fewer than" it, never exactly. */
export const SMALL_COUNT = 10;

export type CountryCount = { country: string; count: number } | { country: string; fewerThan: typeof SMALL_COUNT };
export type PetitionCount = { total: number; byCountry: CountryCount[] };

/**
 * The public count: the tallies (see run-tally.ts), never a count(*) over signatures.
 * A country with fewer than SMALL_COUNT signatures is shown as "fewer than 10": in a
 * country with two signers, an exact count helps the state find them.
 */
export async function getPetitionCount(petitionId: string): Promise<PetitionCount> {
  const tallies = await db.petitionTally.findMany({
    where: { petitionId, count: { gt: 0 } },
    select: { country: true, count: true },
    orderBy: [{ count: "desc" }, { country: "asc" }],
  });
  return {
    total: tallies.reduce((sum, row) => sum + row.count, 0),
    byCountry: tallies.map(({ country, count }) =>
      count < SMALL_COUNT ? { country, fewerThan: SMALL_COUNT } : { country, count },
    ),
  };
}
