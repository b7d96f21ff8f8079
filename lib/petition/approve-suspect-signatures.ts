import "server-only";
import { db } from "@/lib/db/client";
import type { StaffGuard } from "./staff-guard";
import { signatureWhere, type SignatureFilter } from "./signature-filter";
import { InvalidationCountChanged } from "./invalidate-signatures";

/**
 * Staff review of suspect signatures: clears the mark on those the filter matches
 * (always restricted to suspect ones), so the next tally run counts the confirmed
 * among them. Preview with `previewInvalidation(authorise, { ...filter, suspect: true })`
 * and pass the count as `expectedCount`. To reject them instead, use `invalidateSignatures`.
 */
export async function approveSuspectSignatures(
  authorise: StaffGuard,
  input: { filter: SignatureFilter; expectedCount: number },
): Promise<{ approved: number }> {
  await authorise();
  const where = signatureWhere({ ...input.filter, suspect: true });
  return db.$transaction(async (tx) => {
    const result = await tx.signature.updateMany({ where, data: { suspect: false, suspectReason: null } });
    if (result.count !== input.expectedCount) throw new InvalidationCountChanged(input.expectedCount, result.count);
    return { approved: result.count };
  });
}
