import "server-only";
import type { Tx } from "@/lib/actions/staff-action";
import type { PetitionStatus } from "@/lib/db/generated/enums";

/**
 * The petition row, locked until the transaction ends: two staff changing the goal or
 * status at once are serialised, so each audit row's "from" is the value it replaced.
 */
export async function lockPetition(
  tx: Tx,
  petitionId: string,
): Promise<{ goal: number; status: PetitionStatus } | null> {
  const rows = await tx.$queryRaw<
    { goal: number; status: PetitionStatus }[]
  >`SELECT "goal", "status" FROM "Petition" WHERE "id" = ${petitionId} FOR UPDATE`;
  return rows[0] ?? null;
}
