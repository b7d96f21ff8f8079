import "server-only";
import { db } from "@/lib/db/client";
import { recordLedgerRemoval } from "@/lib/ledger/record-ledger-removal";
import { tokenHashOf } from "./keyed-hash";

export type SignerData = {
  name: string;
  country: string;
  status: "PENDING" | "CONFIRMED" | "INVALIDATED";
  createdAt: string;
  confirmedAt: string | null;
  showPublicly: boolean;
  contactOptIn: boolean;
  consentVersion: number;
  consentLocale: string;
};

export type FulfilOutcome =
  | { status: "invalid" }
  | { status: "access"; signature: SignerData | null }
  | { status: "erased"; found: boolean }
  | { status: "nameHidden"; found: boolean };

/**
 * Runs a signer's verified request (the POST behind the emailed link): shows what we
 * hold, takes the name off the public supporters list, or erases the signature. Erasure deletes the row (nothing to re-identify is
 * kept) and takes it out of the public tally in the same transaction.
 */
export async function fulfilSignerRequest(token: string): Promise<FulfilOutcome> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  return db.$transaction(async (tx) => {
    const claimed = await tx.signerRequest.updateManyAndReturn({
      where: { tokenHash: tokenHashOf(token), completedAt: null, expiresAt: { gt: new Date() } },
      data: { completedAt: new Date() },
      select: { petitionId: true, kind: true, emailHash: true },
    });
    const request = claimed[0];
    if (!request) return { status: "invalid" } as const;
    const where = { petitionId_emailHash: { petitionId: request.petitionId, emailHash: request.emailHash } };
    const signature = await tx.signature.findUnique({
      where,
      select: {
        id: true,
        name: true,
        country: true,
        status: true,
        createdAt: true,
        confirmedAt: true,
        showPublicly: true,
        contactOptIn: true,
        consentVersion: true,
        consentLocale: true,
      },
    });
    if (request.kind === "ACCESS") {
      return {
        status: "access",
        signature: signature && {
          name: signature.name,
          country: signature.country,
          status: signature.status,
          createdAt: signature.createdAt.toISOString(),
          confirmedAt: signature.confirmedAt?.toISOString() ?? null,
          showPublicly: signature.showPublicly,
          contactOptIn: signature.contactOptIn,
          consentVersion: signature.consentVersion,
          consentLocale: signature.consentLocale,
        },
      } as const;
    }
    if (request.kind === "HIDE_NAME") {
      // The signer's own choice, undone the way it was made: the signature still counts.
      if (signature) await tx.signature.update({ where: { id: signature.id }, data: { showPublicly: false } });
      return { status: "nameHidden", found: Boolean(signature) } as const;
    }
    if (!signature) return { status: "erased", found: false } as const;
    // DELETE ... RETURNING reads countedAt under the row lock, so a tally run that
    // counted this row a moment ago is seen, and the tally stays exact.
    const deleted = await tx.$queryRaw<{ countedAt: Date | null; country: string; receiptCommitment: Buffer | null }[]>`
      DELETE FROM "Signature" WHERE "id" = ${signature.id} RETURNING "countedAt", "country", "receiptCommitment"`;
    const row = deleted[0];
    if (row?.countedAt) {
      await tx.petitionTally.updateMany({
        where: { petitionId: request.petitionId, country: row.country },
        data: { count: { decrement: 1 } },
      });
      // The ledger's correction, in the same transaction as the count (decision 017).
      if (row.receiptCommitment) await recordLedgerRemoval(tx, request.petitionId, row.receiptCommitment);
    }
    return { status: "erased", found: true } as const;
  });
}
