import "server-only";
import { ActionError, found } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertStaff } from "@/lib/auth/session";

/**
 * Undoes one bulk invalidation, named by its audit entry: exactly the signatures it
 * marked (and that are still invalidated by it) go back to confirmed or pending, as
 * they were. Confirmed ones count again from the next tally run. Admins only; audited.
 */
export async function undoInvalidation(
  { staff, tx }: StaffContext,
  input: { auditId: string },
): Promise<{ restored: number; petitionId: string }> {
  assertStaff(staff, "ADMIN");
  const entry = found(
    await tx.auditLog.findFirst({
      where: { id: input.auditId, action: "invalidate-signatures", entityType: "Petition" },
      select: { id: true, entityId: true, changes: true },
    }),
    "invalidation",
  );
  const invalidationId = invalidationIdOf(entry.changes);
  if (!invalidationId || !entry.entityId)
    throw new ActionError("This invalidation was made before it could be undone.");
  const where = { petitionId: entry.entityId, invalidationId, status: "INVALIDATED" as const };
  const clear = { invalidatedAt: null, invalidReason: null, invalidationId: null };
  // A signature that had been confirmed has its confirmation time; the others were pending.
  const confirmed = await tx.signature.updateMany({
    where: { ...where, confirmedAt: { not: null } },
    data: { status: "CONFIRMED", ...clear },
  });
  const pending = await tx.signature.updateMany({
    where: { ...where, confirmedAt: null },
    data: { status: "PENDING", ...clear },
  });
  const restored = confirmed.count + pending.count;
  if (restored === 0) throw new ActionError("Nothing to undo: this invalidation was undone already.");
  await recordAudit(tx, {
    actorId: staff.id,
    action: "undo-invalidate-signatures",
    entityType: "Petition",
    entityId: entry.entityId,
    changes: { invalidation: { from: null, to: entry.id }, count: { from: null, to: restored } },
  });
  return { restored, petitionId: entry.entityId };
}

export function invalidationIdOf(changes: unknown): string | null {
  const value = (changes as { invalidationId?: { to?: unknown } } | null)?.invalidationId?.to;
  return typeof value === "string" ? value : null;
}
