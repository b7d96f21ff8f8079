import "server-only";
import crypto from "node:crypto";
import { ActionError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/session";
import { signatureWhere, type SignatureFilter } from "./signature-filter";

/** Thrown inside the transaction, so the bulk change it found wrong is rolled back. */
export class InvalidationCountChanged extends ActionError {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      `The filter now matches ${actual} signatures, not the ${expected} previewed. Nothing was changed. Preview again.`,
    );
  }
}

/**
 * Marks every signature the filter matches as invalid (kept, not deleted: the
 * decision can be audited). `expectedCount` is the previewed number: if new
 * signatures arrived since, nothing changes and the caller previews again.
 * Counted signatures leave the public tally at the next tally run. Admins only; each
 * signature keeps the invalidation's id so `undoInvalidation` can restore exactly these.
 */
export async function invalidateSignatures(
  { staff, tx }: StaffContext,
  input: { filter: SignatureFilter; reason: string; expectedCount: number },
): Promise<{ invalidated: number }> {
  assertStaff(staff, "ADMIN");
  const reason = input.reason.trim().slice(0, 500);
  if (!reason) throw new Error("A reason is required to invalidate signatures");
  const invalidationId = crypto.randomUUID();
  const result = await tx.signature.updateMany({
    where: signatureWhere(input.filter),
    data: {
      status: "INVALIDATED",
      invalidatedAt: new Date(),
      invalidReason: reason,
      confirmTokenHash: null,
      invalidationId,
    },
  });
  if (result.count !== input.expectedCount) throw new InvalidationCountChanged(input.expectedCount, result.count);
  await recordAudit(tx, {
    actorId: staff.id,
    action: "invalidate-signatures",
    entityType: "Petition",
    entityId: input.filter.petitionId,
    changes: {
      filter: { from: null, to: input.filter },
      count: { from: null, to: result.count },
      reason: { from: null, to: reason },
      invalidationId: { from: null, to: invalidationId },
    },
  });
  return { invalidated: result.count };
}
