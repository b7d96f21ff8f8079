import "server-only";
import { db } from "@/lib/db/client";
import type { StaffGuard } from "./staff-guard";
import { signatureWhere, type SignatureFilter } from "./signature-filter";

export class InvalidationCountChanged extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`The filter now matches ${actual} signatures, not the ${expected} previewed. Preview again.`);
  }
}

/**
 * Marks every signature the filter matches as invalid (kept, not deleted: the
 * decision can be audited). `expectedCount` is the previewed number: if new
 * signatures arrived since, nothing changes and the caller previews again.
 * Counted signatures leave the public tally at the next tally run.
 */
export async function invalidateSignatures(
  authorise: StaffGuard,
  input: { filter: SignatureFilter; reason: string; expectedCount: number },
): Promise<{ invalidated: number }> {
  await authorise();
  const reason = input.reason.trim().slice(0, 500);
  if (!reason) throw new Error("A reason is required to invalidate signatures");
  const where = signatureWhere(input.filter);
  return db.$transaction(async (tx) => {
    const result = await tx.signature.updateMany({
      where,
      data: { status: "INVALIDATED", invalidatedAt: new Date(), invalidReason: reason, confirmTokenHash: null },
    });
    if (result.count !== input.expectedCount) throw new InvalidationCountChanged(input.expectedCount, result.count);
    return { invalidated: result.count };
  });
}
