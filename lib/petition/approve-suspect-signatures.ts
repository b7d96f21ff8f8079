import "server-only";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { signatureWhere, type SignatureFilter } from "./signature-filter";
import { InvalidationCountChanged } from "./invalidate-signatures";

/**
 * Staff review of suspect signatures: clears the mark on those the filter matches
 * (always restricted to suspect ones), so the next tally run counts the confirmed
 * among them. Preview with `previewInvalidation(staff, { ...filter, suspect: true })`
 * and pass the count as `expectedCount`. To reject them instead, use `invalidateSignatures`.
 */
export async function approveSuspectSignatures(
  { staff, tx }: StaffContext,
  input: { filter: SignatureFilter; expectedCount: number },
): Promise<{ approved: number }> {
  const where = signatureWhere({ ...input.filter, suspect: true });
  const result = await tx.signature.updateMany({ where, data: { suspect: false, suspectReason: null } });
  if (result.count !== input.expectedCount) throw new InvalidationCountChanged(input.expectedCount, result.count);
  await recordAudit(tx, {
    actorId: staff.id,
    action: "approve-suspect-signatures",
    entityType: "Petition",
    entityId: input.filter.petitionId,
    changes: { filter: { from: null, to: input.filter }, count: { from: null, to: result.count } },
  });
  return { approved: result.count };
}
