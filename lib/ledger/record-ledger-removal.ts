import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * A correction entry: the commitment leaves the count today. Called inside the
 * transaction that takes the signature out of the tally, so the two never disagree.
 */
export async function recordLedgerRemoval(tx: Prisma.TransactionClient, petitionId: string, commitment: Uint8Array) {
  await tx.$executeRaw`
    INSERT INTO "LedgerEntry" ("petitionId", "day", "kind", "commitment")
    VALUES (${petitionId}, timezone('UTC', now())::date, 'REMOVE', ${Buffer.from(commitment)})`;
}
