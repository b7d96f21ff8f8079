import "server-only";
import { NotFoundError } from "@/lib/actions/action-error";
import type { StaffContext } from "@/lib/actions/staff-action";
import { recordAudit } from "@/lib/audit/record-audit";

/** Ends one of the caller's own sessions (a lost laptop, a borrowed computer). */
export async function endStaffSession({ staff, tx }: StaffContext, sessionId: string): Promise<void> {
  const { count } = await tx.staffSession.updateMany({
    where: { id: sessionId, userId: staff.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count !== 1) throw new NotFoundError("session");
  await recordAudit(tx, {
    actorId: staff.id,
    action: "end-session",
    entityType: "StaffSession",
    entityId: sessionId,
  });
}
